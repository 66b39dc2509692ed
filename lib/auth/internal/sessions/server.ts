import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { twoFactor } from "better-auth/plugins/two-factor";
import { db } from "@/lib/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/http/constants";
import { hashPassword, verifyPassword } from "@/lib/auth/sign-in/password";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/internal/sign-in/password-policy";
import { loadAuthSecret } from "@/lib/auth/secret";
import { temporaryPasswordExpired } from "@/lib/auth/internal/sign-in/temporary-password";
import { baseUrl, COOKIE_PREFIX, secureCookies, sessionLifetimes } from "@/lib/auth/cookie-config";


function createAuth(secret: string) {
  return betterAuth({
    appName: "Parley",
    baseURL: baseUrl(),
    secret,
    database: prismaAdapter(db, { provider: "postgresql", transaction: true }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      // Admins create accounts (lib/auth/users); nobody signs themselves up.
      disableSignUp: true,
      autoSignIn: false,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      password: { hash: hashPassword, verify: verifyPassword },
      revokeSessionsOnPasswordReset: true,
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: false },
        banned: { type: "boolean", input: false, required: false },
        mustChangePassword: { type: "boolean", input: false, required: false },
      },
    },
    session: {
      // The absolute lifetime: a session row expires this long after sign-in and is never
      // extended. The idle timeout is enforced per request in lib/auth/sessions/session.ts, because a
      // server component cannot rewrite the cookie that a sliding expiry would need.
      expiresIn: Math.floor(sessionLifetimes().absoluteMs / 1000),
      disableSessionRefresh: true,
      // Off: every request reads the session and user from PostgreSQL, so a deactivation or a
      // role change is effective on the very next request.
      cookieCache: { enabled: false },
    },
    advanced: {
      cookiePrefix: COOKIE_PREFIX,
      useSecureCookies: secureCookies(),
      defaultCookieAttributes: { sameSite: "lax", httpOnly: true },
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      // The session and its user in one statement (a Prisma include, read by join) on every request.
      database: { joins: true },
    },
    // better-auth's limiter only guards auth.handler, which Parley does not mount: every auth flow
    // is a server action, throttled in PostgreSQL by lib/auth/internal/sign-in/throttle.ts.
    rateLimit: { enabled: false },
    databaseHooks: {
      session: {
        create: {
          // The last word on who may hold a session: deactivated accounts get none, whichever
          // path (sign-in, second factor) tries to create it.
          before: async (session) => {
            const user = await db.user.findUnique({
              where: { id: session.userId },
              select: { banned: true, mustChangePassword: true, temporaryPasswordExpiresAt: true },
            });
            if (!user || user.banned) throw new APIError("FORBIDDEN", { message: "ACCOUNT_DEACTIVATED" });
            if (temporaryPasswordExpired(user)) throw new APIError("FORBIDDEN", { message: "TEMPORARY_PASSWORD_EXPIRED" });
          },
        },
      },
    },
    // Cookies from auth.api calls are copied onto responses by lib/auth/internal/http/response-cookies.ts.
    plugins: [twoFactor({ issuer: "Parley", skipVerificationOnEnable: false })],
  });
}

export type Auth = ReturnType<typeof createAuth>;

// One instance per process; the secret may have to be read from PostgreSQL first.
const globalForAuth = globalThis as unknown as { parleyAuth?: Promise<Auth>; parleyAuthSecret?: Promise<string> };

/** The key that signs sessions (lib/auth/secret.ts), read once per process. */
export function getAuthSecret(): Promise<string> {
  globalForAuth.parleyAuthSecret ??= loadAuthSecret(db);
  globalForAuth.parleyAuthSecret.catch(() => {
    globalForAuth.parleyAuthSecret = undefined;
  });
  return globalForAuth.parleyAuthSecret;
}

/** The better-auth instance. Server-only: call its `api` from lib/auth functions, never from UI. */
export function getAuth(): Promise<Auth> {
  globalForAuth.parleyAuth ??= getAuthSecret().then(createAuth);
  globalForAuth.parleyAuth.catch(() => {
    globalForAuth.parleyAuth = undefined;
  });
  return globalForAuth.parleyAuth;
}
