import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { secureCookies } from "@/lib/auth/cookie-config";
import { normalizedEmail } from "@/lib/auth/internal/sign-in/throttle";

/**
 * A "known device" cookie (OWASP's device-cookie defence against lockout abuse): after a correct
 * password, the browser gets a random device id signed for that account. Its later attempts are
 * slowed under their own (account, device) pair and skip the account-wide slowdown, so an
 * attacker hammering the account — from any address, or from behind the same NAT — cannot keep
 * its owner out. It grants nothing else: the password (and second step) is still checked.
 */
const MAX_AGE_SECONDS = 180 * 24 * 3600;

export function deviceCookieName(secure = secureCookies()): string {
  return `${secure ? "__Secure-" : ""}parley.device`;
}

function signature(secret: string, device: string, accountKey: string): string {
  return createHmac("sha256", secret).update(`parley-device\u0000${device}\u0000${accountKey}`).digest("base64url");
}

/** The device id if `value` was signed for this account with this secret; null otherwise. */
export function verifyDeviceToken(value: string | undefined, email: string, secret: string): string | null {
  if (!value || value.length > 200) return null;
  const [device, given] = value.split(".");
  if (!device || !given || !/^[\w-]{16,64}$/u.test(device)) return null;
  const expected = Buffer.from(signature(secret, device, normalizedEmail(email)));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? device : null;
}

export function deviceToken(device: string, email: string, secret: string): string {
  return `${device}.${signature(secret, device, normalizedEmail(email))}`;
}

/** The device this browser proved for `email`, if any. */
export async function knownDevice(email: string, secret: string): Promise<string | null> {
  return verifyDeviceToken((await cookies()).get(deviceCookieName())?.value, email, secret);
}

/** After a correct password: keeps (or makes) this browser's device id, signed for this account. */
export async function rememberDevice(email: string, secret: string, device: string | null): Promise<void> {
  const id = device ?? randomBytes(18).toString("base64url");
  (await cookies()).set(deviceCookieName(), deviceToken(id, email, secret), {
    httpOnly: true,
    secure: secureCookies(),
    sameSite: "lax",
    path: "/",
    maxAge: MAX_AGE_SECONDS,
  });
}
