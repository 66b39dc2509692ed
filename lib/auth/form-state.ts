import { isAppError, type AppErrorCode } from "@/lib/errors";
import { unexpectedFailure } from "@/lib/forms/action-state";

/** What a server action hands back to its form: a message, errors beside fields, typed values kept. */
export interface FormState {
  ok?: boolean;
  message?: string;
  /** The AppError code behind a refusal ("unauthorized", "forbidden", "throttled"…), for callers and tests. */
  code?: AppErrorCode;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
  /** Set when the failure was unexpected: the id under which the server logged it. */
  referenceId?: string;
}

/** Any error becomes form state with the typed values kept; unexpected ones carry a reference id. */
export function formFailure(error: unknown, values?: Record<string, string>): FormState {
  if (!isAppError(error)) {
    // The auth forms show only the message, so the reference goes into it.
    const { message, referenceId } = unexpectedFailure(error);
    return { message: `${message} (Reference ${referenceId}.)`, referenceId, values };
  }
  return { message: error.message, code: error.code, fieldErrors: error.fieldErrors, values };
}

// The states of the auth forms, here rather than in app/ so components can type their props
// without importing app/ (imports run app → components → lib).
export interface CreateUserState extends FormState {
  created?: { email: string; temporaryPassword: string };
}

export interface ResetPasswordState extends FormState {
  temporaryPassword?: string;
}

export interface TwoFactorSetupState extends FormState {
  setup?: { secret: string; uri: string; backupCodes: string[] };
}

export interface SignInFormState {
  message?: string;
  code?: AppErrorCode;
  fieldErrors?: { email?: string[]; password?: string[] };
  /** What the analyst typed, so a failed attempt does not clear it (never the password). */
  email?: string;
}

export interface SecondFactorFormState {
  message?: string;
  code?: AppErrorCode;
  fieldErrors?: { code?: string[] };
}
