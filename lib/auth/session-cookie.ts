import { generateRandomString, makeSignature } from "better-auth/crypto";
import type { Database } from "@/lib/database/client";
import { sessionLifetimes } from "@/lib/auth/cookie-config";

/**
 * Signed session cookies, for the tests and end-to-end fixtures that mint real sessions without
 * going through the sign-in form.
 */
/** The cookie value better-auth expects: the token, a dot, its HMAC-SHA-256 signature, URL-encoded. */
export async function signSessionToken(token: string, secret: string): Promise<string> {
  return encodeURIComponent(`${token}.${await makeSignature(token, secret)}`);
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
