import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { isRole, type Role } from "@/lib/auth/roles";
import { assertNotCrossSite } from "@/lib/auth/internal/http/request-guard";
import { getAuth } from "@/lib/auth/internal/sessions/server";
import { sessionLifetimes } from "@/lib/auth/cookie-config";
import { temporaryPasswordExpired } from "@/lib/auth/internal/sign-in/temporary-password";
import { readRequestExtras, type RequestExtras } from "@/lib/auth/sessions/request-extras";

// Writing "last used" at most once a minute keeps reads cheap; the idle timeout is exact to a minute.
const TOUCH_EVERY_MS = 60_000;

export interface SignedInAccount {
  sessionId: string;
  user: { id: string; name: string; email: string; role: Role };
  /** Signed in with a temporary password that must be replaced before anything else. */
  mustChangePassword: boolean;
  /** Admins require a second factor and this account has none yet. */
  mustSetUpTwoFactor: boolean;
  twoFactorEnabled: boolean;
  /** The header's unread count and the Watch toggles' state, read with the second-factor rule. */
  extras: Omit<RequestExtras, "requireTwoFactor">;
}

/**
 * The session behind this request's cookie, read from PostgreSQL on every request (better-auth's
 * cookie cache is off). Null when signed out, expired (absolute lifetime), idle too long or
 * deactivated. Idle sessions are deleted here, so their cookie can never come back.
 * Memoised per request only.
 *
 * Every server action that acts as someone reads the session here, so this is where the
 * cross-site guard sits for all of them: a server action posted from another site is refused
 * before any cookie is honoured (pages are GETs without a Next-Action header and pass).
 */
export const getSignedInAccount = cache(async (): Promise<SignedInAccount | null> => {
  const requestHeaders = await headers();
  assertNotCrossSite(requestHeaders);
  const auth = await getAuth();
  const result = await auth.api.getSession({ headers: requestHeaders, query: { disableRefresh: true } });
  if (!result) return null;
  const { session, user } = result;
  const now = Date.now();
  const { idleMs, absoluteMs } = sessionLifetimes();
  const lastUsed = session.updatedAt.getTime();
  const expired = now - lastUsed > idleMs || now - session.createdAt.getTime() > absoluteMs;
  if (expired || user.banned === true || !isRole(user.role)) {
    if (expired) await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (user.mustChangePassword === true && (await temporaryPasswordExpiredFor(user.id))) return null;
  if (now - lastUsed > TOUCH_EVERY_MS) {
    await db.session.updateMany({ where: { id: session.id }, data: { updatedAt: new Date(now) } });
  }
  const twoFactorEnabled = user.twoFactorEnabled === true;
  const { requireTwoFactor, ...extras } = await readRequestExtras(user.id);
  const mustSetUpTwoFactor = !twoFactorEnabled && requireTwoFactor;
  return {
    sessionId: session.id,
    user: { id: user.id, name: user.name, email: user.email, role: user.role },
    mustChangePassword: user.mustChangePassword === true,
    mustSetUpTwoFactor,
    twoFactorEnabled,
    extras,
  };
});

// Only read for accounts still holding a temporary password, so the common request pays nothing.
async function temporaryPasswordExpiredFor(userId: string): Promise<boolean> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { mustChangePassword: true, temporaryPasswordExpiresAt: true } });
  return row === null || temporaryPasswordExpired(row);
}
