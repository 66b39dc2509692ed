import "server-only";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { SIGN_IN_REQUIRED } from "@/lib/auth/current-user";
import { recordAuthEvent } from "@/lib/auth/audit";
import { clientAddress, userAgentOf } from "@/lib/auth/internal/http/client-address";
import { assertNotCrossSite } from "@/lib/auth/internal/http/request-guard";
import { applyAuthCookies } from "@/lib/auth/internal/http/response-cookies";
import { getAuth } from "@/lib/auth/internal/sessions/server";
import { getSignedInAccount, type SignedInAccount } from "@/lib/auth/sessions/session";
import { authHeaders } from "@/lib/auth/sign-in/sign-in";
import { attemptFailed, attemptSucceeded, attemptVoided, beginAttempt, describeWait, sessionSource } from "@/lib/auth/internal/sign-in/throttle";
import { claimTotpStep } from "@/lib/auth/internal/sign-in/totp-step";

export const totpCodeSchema = z.object({
  code: z.string().trim().regex(/^\d{6}$/u, "Enter the 6-digit code from your authenticator app."),
});
// Backup codes are shown as "xxxxx-xxxxx" (letters and digits, case matters); people often drop the dash.
const BACKUP_CODE = /^([A-Za-z0-9]{5})-?([A-Za-z0-9]{5})$/u;
/** The second step of sign-in: a code from the app or one of the backup codes. */
export const signInCodeSchema = z.object({
  code: z
    .string()
    .transform((code) => code.replace(/\s/gu, ""))
    .refine((code) => /^\d{6}$/u.test(code) || BACKUP_CODE.test(code), "Enter the 6-digit code from your authenticator app, or a backup code."),
});
export const confirmPasswordSchema = z.object({ password: z.string().min(1, "Enter your password.").max(1024) });
/** Turning two-step sign-in off needs the password and a current code: a stolen session is not enough. */
export const disableTwoFactorSchema = confirmPasswordSchema.extend(totpCodeSchema.shape);

const WRONG_PASSWORD = "This is not your password.";
const passwordThrottled = (retryAfterMs: number) => `Too many wrong passwords. Wait ${describeWait(retryAfterMs)}, then try again.`;
const CODE_REFUSED = "This code is not valid, or the sign-in has expired. Try again.";
const CODE_LOCKED = "Too many wrong codes. Wait 15 minutes, then sign in again.";
const CODE_NOT_CURRENT = "This code is not valid, or was already used. Enter the current code from your app.";

async function context() {
  const request = await headers();
  assertNotCrossSite(request);
  const address = clientAddress(request);
  return { address, userAgent: userAgentOf(request), forAuth: authHeaders(request, address), auth: await getAuth() };
}

async function requireAccount() {
  const account = await getSignedInAccount();
  if (!account) throw new AppError("unauthorized", SIGN_IN_REQUIRED);
  return account;
}

const errorCodeOf = (error: { body?: { code?: unknown } }) => error.body?.code;

/**
 * Runs a better-auth call that re-checks the caller's password, throttled like sign-ins: whoever
 * holds a stolen session cookie must not get unlimited guesses at the password behind it.
 */
async function withPasswordCheck<T>(account: SignedInAccount, address: string, call: () => Promise<T>): Promise<T> {
  const ticket = await beginAttempt(account.user.email, sessionSource(address, account.sessionId));
  if ("throttled" in ticket) {
    const message = passwordThrottled(ticket.retryAfterMs);
    throw new AppError("throttled", message, { fieldErrors: { password: [message] } });
  }
  try {
    const result = await call();
    await attemptSucceeded(ticket);
    return result;
  } catch (error) {
    if (isAPIError(error) && errorCodeOf(error) === "INVALID_PASSWORD") {
      await attemptFailed();
      throw new AppError("validation", "Check the field below.", { fieldErrors: { password: [WRONG_PASSWORD] } });
    }
    // Not a wrong guess (say, set-up already finished in another tab): it must not count as one.
    await db.signInAttempt.deleteMany({ where: { id: ticket.id } });
    if (isAPIError(error)) throw new AppError("conflict", "Two-step sign-in changed in the meantime. Reload the page.", { internal: String(errorCodeOf(error)) });
    throw error;
  }
}

/**
 * Signed-in users: starts TOTP set-up after re-checking the password. Returns the key to type into
 * an authenticator app, its otpauth:// URI and one-time backup codes; nothing is on until a code
 * from the app is confirmed.
 */
export async function startTwoFactorSetup(password: string): Promise<{ secret: string; uri: string; backupCodes: string[] }> {
  const { forAuth, auth, address } = await context();
  const account = await requireAccount();
  const result = await withPasswordCheck(account, address, () => auth.api.enableTwoFactor({ body: { password }, headers: forAuth }));
  if (!("totpURI" in result) || !result.totpURI) throw new Error("better-auth returned no TOTP URI");
  const secret = new URL(result.totpURI).searchParams.get("secret") ?? "";
  return { secret, uri: result.totpURI, backupCodes: result.backupCodes };
}

/** Signed-in users: turns the second factor on with a code from the app; this browser's session is renewed. */
export async function confirmTwoFactorSetup(code: string): Promise<void> {
  const { forAuth, auth, address, userAgent } = await context();
  const account = await requireAccount();
  try {
    const { headers: responseHeaders } = await auth.api.verifyTOTP({ body: { code }, headers: forAuth, returnHeaders: true });
    await applyAuthCookies(responseHeaders);
    // Spends the code: it cannot then be replayed to sign in.
    await claimTotpStep(account.user.id, code);
  } catch (error) {
    if (isAPIError(error)) throw new AppError("validation", "Check the field below.", { fieldErrors: { code: ["This code is not valid. Try the current one."] } });
    throw error;
  }
  await recordAuthEvent({ kind: "TWO_FACTOR_ENABLED", actorId: account.user.id, subjectId: account.user.id, address, userAgent });
}

/**
 * Signed-in users, unless admins require two-step sign-in for everyone: needs the password and a
 * current code (each wrong one counts as a failed guess, like sign-ins).
 */
export async function disableTwoFactor(password: string, code: string): Promise<void> {
  const { forAuth, auth, address, userAgent } = await context();
  const account = await requireAccount();
  const settings = await db.authSettings.findUnique({ where: { id: 1 }, select: { requireTwoFactor: true } });
  if (settings?.requireTwoFactor) throw new AppError("conflict", "Admins require two-step sign-in for every account.");
  const ticket = await beginAttempt(account.user.email, sessionSource(address, account.sessionId));
  if ("throttled" in ticket) {
    const message = passwordThrottled(ticket.retryAfterMs);
    throw new AppError("throttled", message, { fieldErrors: { password: [message] } });
  }
  if ((await claimTotpStep(account.user.id, code)) !== "accepted") {
    await attemptFailed();
    throw new AppError("validation", "Check the fields below.", { fieldErrors: { code: [CODE_NOT_CURRENT] } });
  }
  let responseHeaders: Headers;
  try {
    ({ headers: responseHeaders } = await auth.api.disableTwoFactor({ body: { password }, headers: forAuth, returnHeaders: true }));
  } catch (error) {
    if (isAPIError(error) && errorCodeOf(error) === "INVALID_PASSWORD") {
      await attemptFailed();
      throw new AppError("validation", "Check the fields below.", { fieldErrors: { password: [WRONG_PASSWORD] } });
    }
    await attemptVoided(ticket);
    if (isAPIError(error)) throw new AppError("conflict", "Two-step sign-in changed in the meantime. Reload the page.", { internal: String(errorCodeOf(error)) });
    throw error;
  }
  await attemptSucceeded(ticket);
  await applyAuthCookies(responseHeaders);
  await recordAuthEvent({ kind: "TWO_FACTOR_DISABLED", actorId: account.user.id, subjectId: account.user.id, address, userAgent });
}

/**
 * A current second factor from someone already signed in: a code from the app (each time step
 * once) or one of their backup codes (spent). False when it is neither. Used where a stolen session
 * or password alone must not be enough (changing the password).
 */
export async function secondFactorAccepted(userId: string, code: string, forAuth: Headers): Promise<boolean> {
  const compact = code.replace(/\s/gu, "");
  const backup = BACKUP_CODE.exec(compact);
  if (!backup) return /^\d{6}$/u.test(compact) && (await claimTotpStep(userId, compact)) === "accepted";
  try {
    const auth = await getAuth();
    await auth.api.verifyBackupCode({ body: { code: `${backup[1]}-${backup[2]}`, disableSession: true }, headers: forAuth });
    return true;
  } catch (error) {
    if (isAPIError(error)) return false;
    throw error;
  }
}

/**
 * Anonymous callers holding the short-lived cookie a correct password left: completes sign-in with
 * a TOTP code or a backup code (each works once). better-auth counts wrong codes: 5 end this
 * sign-in, 10 in a row lock the account's second step for 15 minutes.
 */
export async function verifySignInCode(code: string): Promise<{ userId: string }> {
  const { forAuth, auth, address, userAgent } = await context();
  const backup = BACKUP_CODE.exec(code);
  try {
    const { headers: responseHeaders, response } = backup
      ? await auth.api.verifyBackupCode({ body: { code: `${backup[1]}-${backup[2]}` }, headers: forAuth, returnHeaders: true })
      : await auth.api.verifyTOTP({ body: { code }, headers: forAuth, returnHeaders: true });
    const userId = response.user.id;
    if (!backup && (await claimTotpStep(userId, code)) !== "accepted") {
      // A code seen before (over a shoulder, in a proxy log) is refused even inside its 90 seconds:
      // the session better-auth just made is deleted before its cookie leaves the server.
      await db.session.deleteMany({ where: { token: response.token ?? "" } });
      await recordAuthEvent({ kind: "SIGN_IN_FAILED", subjectId: userId, address, userAgent, detail: { reason: "code-reused" } });
      throw new AppError("validation", CODE_REFUSED);
    }
    await applyAuthCookies(responseHeaders);
    const secondFactor = backup ? "backup-code" : "totp";
    await recordAuthEvent({ kind: "SIGN_IN", actorId: userId, subjectId: userId, address, userAgent, detail: { secondFactor } });
    return { userId };
  } catch (error) {
    if (!isAPIError(error)) throw error;
    if (errorCodeOf(error) === "ACCOUNT_TEMPORARILY_LOCKED") {
      await recordAuthEvent({ kind: "SIGN_IN_THROTTLED", address, userAgent, detail: { reason: "second-factor" } });
      throw new AppError("throttled", CODE_LOCKED);
    }
    await recordAuthEvent({ kind: "SIGN_IN_FAILED", address, userAgent, detail: { reason: "second-factor" } });
    throw new AppError("validation", CODE_REFUSED);
  }
}
