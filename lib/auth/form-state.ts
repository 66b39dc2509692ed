import { isAppError, type AppErrorCode } from "@/lib/errors";

/** What a server action hands back to its form: a message, errors beside fields, typed values kept. */
export interface FormState {
  ok?: boolean;
  message?: string;
  /** The AppError code behind a refusal ("unauthorized", "forbidden", "throttled"…), for callers and tests. */
  code?: AppErrorCode;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
}

/** Expected errors become form state; anything else goes to the error boundary. */
export function formFailure(error: unknown, values?: Record<string, string>): FormState {
  if (!isAppError(error)) throw error;
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
