/** Where sign-in leads when no (acceptable) target was given. */
export const DEFAULT_AFTER_SIGN_IN = "/meetings";

const PLACEHOLDER_ORIGIN = "http://parley.invalid";

/**
 * A redirect target that stays on Parley: a relative path with its query string, or the default.
 * Refuses absolute and protocol-relative URLs ("//evil.example"), backslashes, which browsers read
 * as slashes ("/\evil.example"), control characters, and anything that resolves off-site.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return DEFAULT_AFTER_SIGN_IN;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return DEFAULT_AFTER_SIGN_IN;
  if (/[\u0000-\u001f\u007f]/u.test(value)) return DEFAULT_AFTER_SIGN_IN;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return DEFAULT_AFTER_SIGN_IN;
  const path = `${url.pathname}${url.search}`;
  // Never bounce back into the auth pages themselves.
  if (/^\/(sign-in|sign-out|setup)(\/|\?|$)/u.test(path)) return DEFAULT_AFTER_SIGN_IN;
  return path;
}

/** The sign-in URL that brings the caller back to `path` afterwards. */
export function signInPathFor(path: string): `/sign-in${string}` {
  const next = safeNextPath(path);
  return next === DEFAULT_AFTER_SIGN_IN ? "/sign-in" : `/sign-in?next=${encodeURIComponent(next)}`;
}
