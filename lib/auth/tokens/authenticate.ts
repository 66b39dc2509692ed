import "server-only";
import { db } from "@/lib/db";
import { isRole } from "@/lib/auth/roles";
import type { TokenCaller } from "@/lib/auth/tokens/caller-context";
import { TOKEN_SCOPES, type TokenScope } from "@/lib/auth/tokens/schemas";
import { hashTokenSecret, TOKEN_PREFIX } from "@/lib/auth/tokens/secret";

// Writing "last used" at most once a minute keeps reads cheap, as for sessions.
const TOUCH_EVERY_MS = 60_000;
const MAX_SECRET_LENGTH = 200;

/** What is wrong with a bearer token, said the same way for all (no oracle for which tokens exist). */
export type TokenRefusal = "missing" | "invalid";

/**
 * The caller behind `Authorization: Bearer <token>`, read from PostgreSQL on every request, so a
 * revocation, an expiry, a deactivation or a role change counts from the next request. Refused:
 * no such token, revoked, expired, or its owner deactivated or holding a temporary password (an
 * admin's reset says the account may be in the wrong hands).
 */
export async function authenticateBearer(authorization: string | null): Promise<TokenCaller | TokenRefusal> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) return "missing";
  const secret = match[1]!;
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > MAX_SECRET_LENGTH) return "invalid";
  const token = await db.apiToken.findUnique({
    where: { secretHash: hashTokenSecret(secret) },
    select: {
      id: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      owner: { select: { id: true, name: true, email: true, role: true, banned: true, mustChangePassword: true } },
    },
  });
  const now = Date.now();
  if (!token || token.revokedAt || token.expiresAt.getTime() <= now) return "invalid";
  const { owner } = token;
  if (owner.banned || owner.mustChangePassword || !isRole(owner.role)) return "invalid";
  return {
    tokenId: token.id,
    scopes: token.scopes.filter((scope): scope is TokenScope => (TOKEN_SCOPES as readonly string[]).includes(scope)),
    user: { id: owner.id, name: owner.name, email: owner.email, role: owner.role },
    lastUsedAt: token.lastUsedAt,
  };
}

/**
 * Marks the token used. Called after a request it made succeeded, so a refused call (wrong
 * scope, bad input) changes nothing in the database.
 */
export async function touchToken(caller: TokenCaller): Promise<void> {
  const now = Date.now();
  if (caller.lastUsedAt && now - caller.lastUsedAt.getTime() < TOUCH_EVERY_MS) return;
  await db.apiToken.updateMany({ where: { id: caller.tokenId }, data: { lastUsedAt: new Date(now) } });
}
