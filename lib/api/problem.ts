import { HTTP_STATUS, isAppError, type AppErrorCode } from "@/lib/errors";

/** Where a problem's `type` points: the API guide's section on errors (docs/api.md). */
const TYPE_BASE = "https://parley.example/problems/";

/** A problem details body (RFC 9457), with the field errors of a refused input. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Validation only: each field's messages, keyed by its path (`participants.0.name`). */
  errors?: Record<string, string[]>;
  /** Conflict on a meeting only: the version it is at now, and the record as it stands. */
  currentVersion?: number;
  current?: unknown;
}

const TITLES: Record<AppErrorCode | "rate_limited" | "bad_request" | "too_large" | "internal", string> = {
  unauthorized: "Authentication required",
  forbidden: "Forbidden",
  not_found: "Not found",
  conflict: "Conflict",
  validation: "Invalid input",
  throttled: "Too many requests",
  rate_limited: "Too many requests",
  bad_request: "Bad request",
  too_large: "Content too large",
  internal: "Internal error",
};

const STATUS: Record<keyof typeof TITLES, number> = { ...HTTP_STATUS, rate_limited: 429, bad_request: 400, too_large: 413, internal: 500 };

/** A request Parley cannot read at all (a body that is not JSON): 400, before any validation. */
export class BadRequest extends Error {}

/** A body past what the route reads (lib/api/body.ts): 413, before anything is parsed. */
export class PayloadTooLarge extends Error {}

export type ProblemKind = keyof typeof TITLES;

export function problem(kind: ProblemKind, detail: string, extra: Partial<Problem> = {}, headers: Record<string, string> = {}): Response {
  const body: Problem = { type: `${TYPE_BASE}${kind.replaceAll("_", "-")}`, title: TITLES[kind], status: STATUS[kind], detail, ...extra };
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers },
  });
}

/** An expected error from the data layer as a problem; null for anything else (a bug: logged, 500). */
export function problemFromError(error: unknown): Response | null {
  if (error instanceof BadRequest) return problem("bad_request", error.message);
  if (error instanceof PayloadTooLarge) return problem("too_large", error.message);
  if (!isAppError(error)) return null;
  const retryAfter = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  const headers: Record<string, string> = typeof retryAfter === "number" ? { "Retry-After": String(retryAfter) } : {};
  const current = (error as { current?: { version?: unknown } }).current;
  const extra: Partial<Problem> = {};
  if (error.fieldErrors) extra.errors = error.fieldErrors;
  if (typeof current?.version === "number") {
    extra.currentVersion = current.version;
    extra.current = current;
  }
  return problem(error.code, error.message, extra, headers);
}
