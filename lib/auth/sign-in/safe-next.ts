/** Where sign-in leads when no (acceptable) target was given. */
export const DEFAULT_AFTER_SIGN_IN = "/meetings";

const PLACEHOLDER_ORIGIN = "http://parley.invalid";

/**
 * A redirect target that stays on Parley: a relative path with its query string, or the default.
 * Refuses absolute and protocol-relative URLs ("//evil.example"), backslashes, which browsers read
 * as slashes ("/\evil.example"), control characters, and anything that resolves off-site.
 *
 * The check runs on what is returned, not only on what came in: normalising dot segments turns
 * "/.//evil.example" or "/%2e//evil.example" into "//evil.example", so the normalised path is
 * checked again and must come back unchanged (which also makes the function idempotent).
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string") return DEFAULT_AFTER_SIGN_IN;
  const path = normalisedPath(value);
  if (path === null || normalisedPath(path) !== path) return DEFAULT_AFTER_SIGN_IN;
  // Never bounce back into the auth pages themselves.
  if (/^\/(sign-in|sign-out|setup)(\/|\?|$)/u.test(path)) return DEFAULT_AFTER_SIGN_IN;
  return path;
}

/** The path and query `value` resolves to on this origin, or null when it is not a plain local path. */
function normalisedPath(value: string): string | null {
  if (!isPlainLocalPath(value)) return null;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return null;
  const path = `${url.pathname}${url.search}`;
  return isPlainLocalPath(path) ? path : null;
}

function isPlainLocalPath(value: string): boolean {
  return (
    value.length > 0 &&
    value.length <= 2048 &&
    value.startsWith("/") &&
    !value.startsWith("//") &&
    !value.includes("\\") &&
    !/[\u0000-\u001f\u007f]/u.test(value)
  );
}

/** The sign-in URL that brings the caller back to `path` afterwards. */
export function signInPathFor(path: string): `/sign-in${string}` {
  const next = safeNextPath(path);
  return next === DEFAULT_AFTER_SIGN_IN ? "/sign-in" : `/sign-in?next=${encodeURIComponent(next)}`;
}
