import "server-only";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { SIGN_IN_REQUIRED } from "@/lib/auth/current-user";
import { recordAuthEvent } from "@/lib/auth/audit";
import { clientAddress, userAgentOf } from "@/lib/auth/client-address";
import { assertNotCrossSite } from "@/lib/auth/request-guard";
import { applyAuthCookies } from "@/lib/auth/response-cookies";
import { getAuth } from "@/lib/auth/server";
import { getSignedInAccount } from "@/lib/auth/session";
import { authHeaders } from "@/lib/auth/sign-in";

export const totpCodeSchema = z.object({
  code: z.string().trim().regex(/^\d{6}$/u, "Enter the 6-digit code from your authenticator app."),
});
export const confirmPasswordSchema = z.object({ password: z.string().min(1, "Enter your password.").max(1024) });

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

/**
 * Signed-in users: starts TOTP set-up after re-checking the password. Returns the key to type into
 * an authenticator app, its otpauth:// URI and one-time backup codes; nothing is on until a code
 * from the app is confirmed.
 */
export async function startTwoFactorSetup(password: string): Promise<{ secret: string; uri: string; backupCodes: string[] }> {
  const { forAuth, auth } = await context();
  await requireAccount();
  try {
    const result = await auth.api.enableTwoFactor({ body: { password }, headers: forAuth });
    if (!("totpURI" in result) || !result.totpURI) throw new Error("better-auth returned no TOTP URI");
    const secret = new URL(result.totpURI).searchParams.get("secret") ?? "";
    return { secret, uri: result.totpURI, backupCodes: result.backupCodes };
  } catch (error) {
    if (isAPIError(error)) throw new AppError("validation", "Check the field below.", { fieldErrors: { password: ["This is not your password."] } });
    throw error;
  }
}

/** Signed-in users: turns the second factor on with a code from the app; this browser's session is renewed. */
export async function confirmTwoFactorSetup(code: string): Promise<void> {
  const { forAuth, auth, address, userAgent } = await context();
  const account = await requireAccount();
  try {
    const { headers: responseHeaders } = await auth.api.verifyTOTP({ body: { code }, headers: forAuth, returnHeaders: true });
    await applyAuthCookies(responseHeaders);
  } catch (error) {
    if (isAPIError(error)) throw new AppError("validation", "Check the field below.", { fieldErrors: { code: ["This code is not valid. Try the current one."] } });
    throw error;
  }
  await recordAuthEvent({ kind: "TWO_FACTOR_ENABLED", actorId: account.user.id, subjectId: account.user.id, address, userAgent });
}

/** Signed-in users, unless admins require a second factor for everyone. */
export async function disableTwoFactor(password: string): Promise<void> {
  const { forAuth, auth, address, userAgent } = await context();
  const account = await requireAccount();
  const settings = await db.authSettings.findUnique({ where: { id: 1 }, select: { requireTwoFactor: true } });
  if (settings?.requireTwoFactor) throw new AppError("conflict", "Admins require a second factor for every account.");
  try {
    const { headers: responseHeaders } = await auth.api.disableTwoFactor({ body: { password }, headers: forAuth, returnHeaders: true });
    await applyAuthCookies(responseHeaders);
  } catch (error) {
    if (isAPIError(error)) throw new AppError("validation", "Check the field below.", { fieldErrors: { password: ["This is not your password."] } });
    throw error;
  }
  await recordAuthEvent({ kind: "TWO_FACTOR_DISABLED", actorId: account.user.id, subjectId: account.user.id, address, userAgent });
}

/**
 * Anonymous callers holding the short-lived cookie a correct password left: completes sign-in with
 * a TOTP code. Repeated wrong codes lock the second factor for a while (better-auth's counter).
 */
export async function verifySignInCode(code: string): Promise<{ userId: string }> {
  const { forAuth, auth, address, userAgent } = await context();
  try {
    const { headers: responseHeaders, response } = await auth.api.verifyTOTP({ body: { code }, headers: forAuth, returnHeaders: true });
    await applyAuthCookies(responseHeaders);
    const userId = response.user.id;
    await recordAuthEvent({ kind: "SIGN_IN", actorId: userId, subjectId: userId, address, userAgent, detail: { secondFactor: "totp" } });
    return { userId };
  } catch (error) {
    if (!isAPIError(error)) throw error;
    await recordAuthEvent({ kind: "SIGN_IN_FAILED", address, userAgent, detail: { reason: "second-factor" } });
    throw new AppError("validation", "This code is not valid, or the sign-in has expired. Try again.");
  }
}
