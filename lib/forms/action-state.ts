import { randomUUID } from "node:crypto";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import { logger } from "@/lib/logger";

/**
 * What every form's server action hands back: the analyst's values always come back, so no
 * failure — a field error, someone else's save, a database timeout, a bug — ever empties a form.
 * Unexpected failures carry a reference id that is also in the server log.
 */
export type ActionState<Values, Current = unknown> =
  | { status: "idle"; values: Values }
  | { status: "invalid"; values: Values; message: string; fieldErrors: Record<string, string[]> }
  | { status: "conflict"; values: Values; message: string; current: Current }
  | { status: "saved"; values: Values; message: string }
  | { status: "error"; values: Values; message: string; code?: AppErrorCode; referenceId?: string };

const UNEXPECTED = "Parley could not save this. Your changes are still here: try again in a moment.";

/** Maps any error from the data layer to the state its form shows. Never throws. */
export function toActionState<Values, Current = unknown>(
  error: unknown,
  values: Values,
  options: { current?: (error: unknown) => Current | undefined } = {},
): ActionState<Values, Current> {
  if (isAppError(error)) {
    switch (error.code) {
      case "validation":
        return { status: "invalid", values, message: error.message, fieldErrors: error.fieldErrors ?? {} };
      case "conflict": {
        const current = options.current?.(error);
        if (current !== undefined) return { status: "conflict", values, message: error.message, current };
        return { status: "invalid", values, message: error.message, fieldErrors: error.fieldErrors ?? {} };
      }
      default:
        // The code lets callers (and the access test) tell "sign in" and "not allowed" apart.
        return { status: "error", values, message: error.message, code: error.code };
    }
  }
  return { status: "error", values, ...unexpectedFailure(error) };
}

/**
 * Logs an error nobody expected under a short reference id and returns the message a form shows,
 * so the analyst can quote the id and the log has the rest.
 */
export function unexpectedFailure(error: unknown): { message: string; referenceId: string } {
  const referenceId = randomUUID().slice(0, 8);
  logger.error({ referenceId, err: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error) }, "form action failed");
  return { message: UNEXPECTED, referenceId };
}
