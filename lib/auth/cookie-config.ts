import { env } from "@/lib/env";

/**
 * Session cookie and lifetime settings, shared by the better-auth config (lib/auth/internal/sessions/server.ts),
 * proxy.ts and the test fixtures. No dependencies beyond lib/env, so proxy.ts stays small.
 */
export const COOKIE_PREFIX = "parley";

/** Secure (and `__Secure-`-prefixed) cookies in production and whenever Parley is served over https. */
export function secureCookies(): boolean {
  return env.NODE_ENV === "production" || baseUrl().startsWith("https://");
}

export function baseUrl(): string {
  return env.PARLEY_BASE_URL ?? `http://localhost:${env.PORT}`;
}

export function sessionCookieName(secure = secureCookies()): string {
  return `${secure ? "__Secure-" : ""}${COOKIE_PREFIX}.session_token`;
}

export function sessionLifetimes() {
  return {
    idleMs: env.PARLEY_SESSION_IDLE_MINUTES * 60_000,
    absoluteMs: env.PARLEY_SESSION_MAX_HOURS * 3_600_000,
  };
}

