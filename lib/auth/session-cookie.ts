import { generateRandomString, makeSignature } from "better-auth/crypto";
import type { Database } from "@/lib/database/client";
import { env } from "@/lib/env";

/**
 * Session cookie facts shared by the better-auth config (lib/auth/server.ts) and by the tests and
 * end-to-end fixtures that mint real sessions without going through the sign-in form.
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

/** The cookie value better-auth expects: the token, a dot, its HMAC-SHA-256 signature, URL-encoded. */
export async function signSessionToken(token: string, secret: string): Promise<string> {
  return encodeURIComponent(`${token}.${await makeSignature(token, secret)}`);
}

export function sessionLifetimes() {
  return {
    idleMs: env.PARLEY_SESSION_IDLE_MINUTES * 60_000,
    absoluteMs: env.PARLEY_SESSION_MAX_HOURS * 3_600_000,
  };
}

/**
 * Inserts a session row the way better-auth does and returns its signed cookie value. For tests and
 * fixtures only: the app's sessions are created by better-auth when someone signs in.
 */
export async function createSessionForTesting(
  db: Database,
  userId: string,
  secret: string,
): Promise<{ token: string; cookieValue: string; sessionId: string }> {
  const token = generateRandomString(32, "a-z", "A-Z", "0-9");
  const session = await db.session.create({
    data: {
      id: generateRandomString(32, "a-z", "A-Z", "0-9"),
      token,
      userId,
      expiresAt: new Date(Date.now() + sessionLifetimes().absoluteMs),
    },
    select: { id: true },
  });
  return { token, cookieValue: await signSessionToken(token, secret), sessionId: session.id };
}
