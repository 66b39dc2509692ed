import { generateRandomString } from "better-auth/crypto";
import type { Database } from "@/lib/database/client";
import { sessionLifetimes } from "@/lib/auth/cookie-config";
import { signSessionToken } from "@/lib/auth/sessions/sign-token";


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
  return { token, cookieValue: signSessionToken(token, secret), sessionId: session.id };
}
