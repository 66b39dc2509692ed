import { createHmac } from "node:crypto";

/**
 * The cookie value better-auth expects for a session token: the token, a dot, its HMAC-SHA-256
 * signature in standard base64, URL-encoded. Plain node:crypto so the Playwright fixtures can
 * use it too; sign-token.test.ts proves it equals better-auth's own signing.
 */
export function signSessionToken(token: string, secret: string): string {
  const signature = createHmac("sha256", secret).update(token).digest("base64");
  return encodeURIComponent(`${token}.${signature}`);
}
