/**
 * One error type for everything the analyst may be told. `message` is written for the analyst;
 * `internal` keeps what an engineer needs and never reaches a page.
 */
export type AppErrorCode = "unauthorized" | "forbidden" | "not_found" | "conflict" | "validation" | "throttled";

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  validation: 422,
  // Too many attempts (sign-in, password re-checks): wait, then try again.
  throttled: 429,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly internal?: string;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(
    code: AppErrorCode,
    message: string,
    options: { internal?: string; fieldErrors?: Record<string, string[]>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.internal = options.internal;
    this.fieldErrors = options.fieldErrors;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Maps Prisma's known request errors to what the analyst should hear; rethrows the rest. */
export function fromPrismaError(error: unknown, what = "record"): never {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2002") throw new AppError("conflict", `This ${what} already exists.`, { cause: error });
  if (code === "P2025") throw new AppError("not_found", `This ${what} no longer exists.`, { cause: error });
  throw error;
}
