import { randomUUID } from "node:crypto";
import { z } from "zod";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import { logger } from "@/lib/logger";

/**
 * What every server action hands back: the analyst's values always come back, so no failure — a
 * field error, someone else's save, a database timeout, a bug — ever empties a form. Unexpected
 * failures carry a reference id that is also in the server log; refusals carry their `code`
 * ("unauthorized", "forbidden", "throttled"…), which the access test reads. An action that makes
 * something to show once (a temporary password, a set-up key, suggestions) returns it as `result`
 * of its saved state. Secrets typed by the caller (passwords, codes) are never sent back as values.
 */
export type ActionState<Values, Current = unknown, Result = never> =
  | { status: "idle"; values: Values }
  | { status: "invalid"; values: Values; message: string; fieldErrors: Record<string, string[]> }
  | { status: "conflict"; values: Values; message: string; current: Current }
  | { status: "saved"; values: Values; message: string; result?: Result }
  | { status: "error"; values: Values; message: string; code?: AppErrorCode; referenceId?: string };

/** The values of an action whose form sends back nothing worth keeping (passwords, codes, a button). */
export type NoValues = Record<string, never>;

/** A schema's refusal as the state its form shows: each message beside its field. */
export function invalidInput<Values, Current = unknown, Result = never>(error: z.ZodError, values: Values, message = "Check the fields below."): ActionState<Values, Current, Result> {
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(z.flattenError(error).fieldErrors as Record<string, string[] | undefined>)) {
    if (messages?.length) fieldErrors[field] = messages;
  }
  const formErrors = z.flattenError(error).formErrors;
  if (formErrors.length) fieldErrors._form = formErrors;
  return { status: "invalid", values, message, fieldErrors };
}

const UNEXPECTED = "Parley could not save this. Your changes are still here: try again in a moment.";

/** Maps any error from the data layer to the state its form shows. Never throws. */
export function toActionState<Values, Current = unknown, Result = never>(
  error: unknown,
  values: Values,
  options: { current?: (error: unknown) => Current | undefined } = {},
): ActionState<Values, Current, Result> {
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
