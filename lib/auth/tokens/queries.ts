import "server-only";
import { db } from "@/lib/db";
import { requireRole, requireUser } from "@/lib/auth/current-user";
import type { ApiTokenItem } from "@/lib/auth/tokens/dto";
import { requireSessionCaller } from "@/lib/auth/tokens/session-only";

const TOKEN_SELECT = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

type Row = { id: string; name: string; prefix: string; scopes: string[]; createdAt: Date; expiresAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

function toItem(row: Row, now = Date.now()): ApiTokenItem {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    state: row.revokedAt ? "revoked" : row.expiresAt.getTime() <= now ? "expired" : "active",
  };
}

/** The caller's own tokens, newest first. Rule: any signed-in user, through a session (not a token). */
export async function listOwnApiTokens(): Promise<ApiTokenItem[]> {
  const user = await requireUser();
  requireSessionCaller();
  const rows = await db.apiToken.findMany({ where: { ownerId: user.id }, orderBy: { createdAt: "desc" }, take: 200, select: TOKEN_SELECT });
  return rows.map((row) => toItem(row));
}

/** Every account's tokens, live ones first, newest first. Rule: admins, through a session. */
export async function listAllApiTokens(): Promise<ApiTokenItem[]> {
  await requireRole("admin");
  requireSessionCaller();
  const rows = await db.apiToken.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: 1000,
    select: { ...TOKEN_SELECT, owner: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((row) => ({ ...toItem(row), owner: row.owner }));
}
