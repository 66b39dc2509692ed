import "server-only";
import { isAPIError } from "better-auth/api";
import { cookies, headers } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { SIGN_IN_REQUIRED } from "@/lib/auth/current-user";
import { recordAuthEvent } from "@/lib/auth/audit";
import { clientAddress, userAgentOf } from "@/lib/auth/internal/http/client-address";
import { newPasswordSchema } from "@/lib/auth/internal/sign-in/password-policy";
import { assertNotCrossSite } from "@/lib/auth/internal/http/request-guard";
import { getSignedInAccount } from "@/lib/auth/sessions/session";
import { applyAuthCookies } from "@/lib/auth/internal/http/response-cookies";
import { getAuth } from "@/lib/auth/internal/sessions/server";
import { sessionCookieName } from "@/lib/auth/cookie-config";
import { authHeaders } from "@/lib/auth/sign-in/sign-in";
import { attemptFailed, attemptSucceeded, beginAttempt, describeWait, sessionSource } from "@/lib/auth/internal/sign-in/throttle";
import { secondFactorAccepted } from "@/lib/auth/sign-in/two-factor";

async function requestContext() {
  const request = await headers();
  assertNotCrossSite(request);
  const address = clientAddress(request);
  return { request, address, userAgent: userAgentOf(request), forAuth: authHeaders(request, address) };
}

/** Ends this browser's session (deleted in PostgreSQL, cookie cleared). Anyone may call it. */
export async function signOut(): Promise<void> {
  const context = await requestContext();
  const account = await getSignedInAccount();
  const auth = await getAuth();
  const { headers: responseHeaders } = await auth.api.signOut({ headers: context.forAuth, returnHeaders: true });
  await applyAuthCookies(responseHeaders);
  if (account) {
    await recordAuthEvent({ kind: "SIGN_OUT", actorId: account.user.id, subjectId: account.user.id, address: context.address, userAgent: context.userAgent });
  }
}

/** Ends every session of the caller, on every device, this one included. Signed-in users only. */
export async function signOutEverywhere(): Promise<void> {
  const context = await requestContext();
  const account = await getSignedInAccount();
  if (!account) throw new AppError("unauthorized", SIGN_IN_REQUIRED);
  const { count } = await db.session.deleteMany({ where: { userId: account.user.id } });
  // This browser's session row is gone with the others; clear its cookie too.
  (await cookies()).delete(sessionCookieName());
  await recordAuthEvent({
    kind: "SIGN_OUT_EVERYWHERE",
    actorId: account.user.id,
    subjectId: account.user.id,
    address: context.address,
    userAgent: context.userAgent,
    detail: { sessions: count },
  });
}

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(1024),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
    /** Required only when the account has two-step sign-in on (checked in changePassword). */
    code: z.string().max(64).optional(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ.",
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one.",
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

const CODE_MISSING = "Enter the 6-digit code from your authenticator app, or a backup code.";
const CODE_REFUSED = "This code is not valid, or was already used. Enter the current code from your app, or a backup code.";

/**
 * Changes the caller's password after checking the current one (guesses are throttled like
 * sign-ins) and, when the account has two-step sign-in on, a current code or a backup code: a
 * stolen session plus a shoulder-surfed password must not be enough to take the account over. Ends every other session of the caller; this browser gets a new session cookie.
 * Signed-in users, including those holding a temporary password.
 */
export async function changePassword(input: ChangePasswordInput): Promise<void> {
  const context = await requestContext();
  const account = await getSignedInAccount();
  if (!account) throw new AppError("unauthorized", SIGN_IN_REQUIRED);
  const code = input.code?.trim() ?? "";
  if (account.twoFactorEnabled && !code) {
    throw new AppError("validation", "Check the fields below.", { fieldErrors: { code: [CODE_MISSING] } });
  }
  const ticket = await beginAttempt(account.user.email, sessionSource(context.address, account.sessionId));
  if ("throttled" in ticket) {
    throw new AppError("throttled", `Too many wrong passwords. Wait ${describeWait(ticket.retryAfterMs)}, then try again.`);
  }
  // The code first, like turning two-step sign-in off: a wrong one counts as a failed guess.
  if (account.twoFactorEnabled && !(await secondFactorAccepted(account.user.id, code, context.forAuth))) {
    await attemptFailed();
    throw new AppError("validation", "Check the fields below.", { fieldErrors: { code: [CODE_REFUSED] } });
  }
  const auth = await getAuth();
  try {
    const { headers: responseHeaders } = await auth.api.changePassword({
      body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
      headers: context.forAuth,
      returnHeaders: true,
    });
    await applyAuthCookies(responseHeaders);
  } catch (error) {
    if (!isAPIError(error)) throw error;
    await attemptFailed();
    throw new AppError("validation", "Check the fields below.", {
      fieldErrors: { currentPassword: ["This is not your current password."] },
    });
  }
  await attemptSucceeded(ticket);
  await db.user.update({ where: { id: account.user.id }, data: { mustChangePassword: false, temporaryPasswordExpiresAt: null }, select: { id: true } });
  await recordAuthEvent({ kind: "PASSWORD_CHANGED", actorId: account.user.id, subjectId: account.user.id, address: context.address, userAgent: context.userAgent });
}
