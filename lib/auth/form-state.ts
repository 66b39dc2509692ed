import { isAppError } from "@/lib/errors";

/** What a server action hands back to its form: a message, errors beside fields, typed values kept. */
export interface FormState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
}

/** Expected errors become form state; anything else goes to the error boundary. */
export function formFailure(error: unknown, values?: Record<string, string>): FormState {
  if (!isAppError(error)) throw error;
  return { message: error.message, fieldErrors: error.fieldErrors, values };
}
