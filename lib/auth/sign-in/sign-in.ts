import "server-only";
import { isAPIError } from "better-auth/api";
import { z } from "zod";
import { db } from "@/lib/db";
import { recordAuthEvent } from "@/lib/auth/audit";
import { clientAddress, userAgentOf } from "@/lib/auth/internal/http/client-address";
import { applyAuthCookies } from "@/lib/auth/internal/http/response-cookies";
import { assertNotCrossSite } from "@/lib/auth/internal/http/request-guard";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/http/constants";
import { knownDevice, rememberDevice } from "@/lib/auth/internal/sign-in/device-cookie";
import { getAuth, getAuthSecret } from "@/lib/auth/internal/sessions/server";
import { attemptFailed, attemptSucceeded, attemptVoided, beginAttempt, describeWait } from "@/lib/auth/internal/sign-in/throttle";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email.").max(320, "This email is too long."),
  // No policy checks here: an old password that breaks today's rules must still be accepted.
  password: z.string().min(1, "Enter your password.").max(1024, "This password is too long."),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** One message for unknown email and wrong password alike: nothing tells which accounts exist. */
export const INVALID_CREDENTIALS = "Email or password is incorrect.";
/** Said when an attempt comes before the wait its failures earned: how long, so nobody keeps trying blind. */
export function throttledMessage(retryAfterMs: number): string {
  return `Too many failed sign-ins. Wait ${describeWait(retryAfterMs)}, then try again.`;
}
export const DEACTIVATED = "This account is deactivated. Ask an admin to restore it.";
export const TEMPORARY_PASSWORD_EXPIRED = "This temporary password has expired. Ask an admin for a new one.";

export type SignInOutcome =
  | { status: "signed-in"; userId: string }
  | { status: "second-factor" }
  | { status: "refused"; message: string; code?: "throttled"; retryAfterSeconds?: number };

/** Copies the request's headers for better-auth, with the client address Parley computed. */
export function authHeaders(request: Headers, address: string): Headers {
  const result = new Headers(request);
  result.set(CLIENT_ADDRESS_HEADER, address);
  return result;
}

/**
 * Signs in with email and password: slowed in PostgreSQL (per account and device or address,
 * lib/auth/internal/sign-in/throttle.ts), audited, and the session cookie set through next/headers. This is the
 * path the sign-in form uses. `now` is the attempt's time (tests move it instead of waiting).
 */
export async function signIn(input: SignInInput, request: Headers, now = new Date()): Promise<SignInOutcome> {
  assertNotCrossSite(request);
  const address = clientAddress(request);
  const userAgent = userAgentOf(request);
  const email = input.email.trim().toLowerCase();
  const secret = await getAuthSecret();
  const device = await knownDevice(email, secret);
  const ticket = await beginAttempt(email, { address, device }, now);
  const known = await db.user.findUnique({ where: { email }, select: { id: true } });
  if ("throttled" in ticket) {
    await recordAuthEvent({ kind: "SIGN_IN_THROTTLED", subjectId: known?.id, email: known ? null : email, address, userAgent });
    return { status: "refused", message: throttledMessage(ticket.retryAfterMs), code: "throttled", retryAfterSeconds: Math.ceil(ticket.retryAfterMs / 1000) };
  }

  const auth = await getAuth();
  try {
    const { headers: responseHeaders, response: result } = await auth.api.signInEmail({
      body: { email, password: input.password, rememberMe: true },
      headers: authHeaders(request, address),
      returnHeaders: true,
    });
    await applyAuthCookies(responseHeaders);
    await attemptSucceeded(ticket);
    // The password was right: from now on this browser has its own pair (see device-cookie.ts).
    await rememberDevice(email, secret, device);
    if ("twoFactorRedirect" in result && result.twoFactorRedirect) return { status: "second-factor" };
    if (!("user" in result)) throw new Error("better-auth signed in without a user");
    await recordAuthEvent({ kind: "SIGN_IN", actorId: result.user.id, subjectId: result.user.id, address, userAgent });
    return { status: "signed-in", userId: result.user.id };
  } catch (error) {
    if (!isAPIError(error)) throw error;
    if (error.message === "TEMPORARY_PASSWORD_EXPIRED") {
      // The password was right, so saying why is safe; it does not count as a guess.
      await attemptVoided(ticket);
      await recordAuthEvent({ kind: "SIGN_IN_FAILED", subjectId: known?.id, address, userAgent, detail: { reason: "temporary-password-expired" } });
      return { status: "refused", message: TEMPORARY_PASSWORD_EXPIRED };
    }
    if (error.message === "ACCOUNT_DEACTIVATED") {
      // The password was right, so saying why is safe; it does not count as a guess.
      await attemptVoided(ticket);
      await recordAuthEvent({ kind: "SIGN_IN_FAILED", subjectId: known?.id, address, userAgent, detail: { reason: "deactivated" } });
      return { status: "refused", message: DEACTIVATED };
    }
    await attemptFailed();
    await recordAuthEvent({ kind: "SIGN_IN_FAILED", subjectId: known?.id, email: known ? null : email, address, userAgent, detail: { reason: "credentials" } });
    return { status: "refused", message: INVALID_CREDENTIALS };
  }
}
