import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuthEvent } from "@/lib/auth/audit";
import { requireUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import type { CreatedApiToken } from "@/lib/auth/tokens/dto";
import { createTokenSchema, MAX_TOKENS_PER_USER, scopesFor, tokenIdSchema } from "@/lib/auth/tokens/schemas";
import { hashTokenSecret, newTokenSecret, visiblePrefix } from "@/lib/auth/tokens/secret";
import { requireSessionCaller } from "@/lib/auth/tokens/session-only";
import { toFieldErrors } from "@/lib/meetings/schemas";

const DAY_MS = 86_400_000;

/**
 * Makes a token for the caller and returns its secret, the only time it is ever readable (only
 * its hash is stored). Rule: any signed-in user, for themselves, through a session.
 */
export async function createApiToken(input: unknown): Promise<CreatedApiToken> {
  const user = await requireUser();
  requireSessionCaller();
  const parsed = createTokenSchema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", "Check the fields below.", { fieldErrors: toFieldErrors(parsed.error) });
  const { name, scope, expiresInDays } = parsed.data;
  const live = await db.apiToken.count({ where: { ownerId: user.id, revokedAt: null, expiresAt: { gt: new Date() } } });
  if (live >= MAX_TOKENS_PER_USER) throw new AppError("validation", `You have ${MAX_TOKENS_PER_USER} live tokens: revoke one first.`);
  const secret = newTokenSecret();
  const expiresAt = new Date(Date.now() + expiresInDays * DAY_MS);
  const token = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { ownerId: user.id, name, scopes: scopesFor(scope), secretHash: hashTokenSecret(secret), prefix: visiblePrefix(secret), expiresAt },
      select: { id: true },
    });
    await recordAuthEvent({ kind: "API_TOKEN_CREATED", actorId: user.id, subjectId: user.id, detail: { tokenId: created.id, scope, expiresInDays } }, tx);
    return created;
  });
  return { id: token.id, name, secret, expiresAt: expiresAt.toISOString() };
}

/**
 * Revokes a token at once (the next request with it is refused). Rule: its owner, or an admin
 * for anyone's; through a session. Someone else's token is "not found" to a non-admin.
 */
export async function revokeApiToken(id: unknown): Promise<void> {
  const user = await requireUser();
  requireSessionCaller();
  const tokenId = tokenIdSchema.safeParse(id);
  const notFound = new AppError("not_found", "This token does not exist.");
  if (!tokenId.success) throw notFound;
  const token = await db.apiToken.findUnique({ where: { id: tokenId.data }, select: { ownerId: true, revokedAt: true } });
  if (!token || (token.ownerId !== user.id && !hasRole(user.role, "admin"))) throw notFound;
  if (token.revokedAt) return;
  await db.$transaction(async (tx) => {
    await tx.apiToken.update({ where: { id: tokenId.data }, data: { revokedAt: new Date(), revokedById: user.id } });
    await recordAuthEvent({ kind: "API_TOKEN_REVOKED", actorId: user.id, subjectId: token.ownerId, detail: { tokenId: tokenId.data } }, tx);
  });
}
