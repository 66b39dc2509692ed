import "server-only";
import { db } from "@/lib/db";
import { requireRole } from "@/lib/auth/current-user";
import type { Role } from "@/lib/auth/roles";

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  deactivated: boolean;
  mustChangePassword: boolean;
  twoFactorEnabled: boolean;
  createdAt: Date;
}

// Parley's accounts are a team's, not the public's: a few hundred at most, so one page holds them.
const USER_LIMIT = 1000;

/** Admins only: every account, active first, then by email. */
export async function listUsers(): Promise<UserRow[]> {
  await requireRole("admin");
  const rows = await db.user.findMany({
    select: { id: true, name: true, email: true, role: true, banned: true, mustChangePassword: true, twoFactorEnabled: true, createdAt: true },
    orderBy: [{ banned: "asc" }, { email: "asc" }],
    take: USER_LIMIT,
  });
  return rows.map(({ banned, role, ...row }) => ({ ...row, role: role as Role, deactivated: banned }));
}

/** Admins only: the account-wide sign-in policy. */
export async function getAuthSettings(): Promise<{ requireTwoFactor: boolean }> {
  await requireRole("admin");
  const settings = await db.authSettings.findUnique({ where: { id: 1 }, select: { requireTwoFactor: true } });
  return { requireTwoFactor: settings?.requireTwoFactor ?? false };
}

export interface AuthEventRow {
  id: string;
  kind: string;
  createdAt: Date;
  actor: string | null;
  subject: string | null;
  email: string | null;
  address: string | null;
  userAgent: string | null;
  detail: unknown;
}

export const AUTH_EVENTS_PAGE_SIZE = 100;

/** Admins only: the audit log, newest first, keyset-paginated by (createdAt, id). */
export async function listAuthEvents(options: { before?: { createdAt: Date; id: string } } = {}): Promise<{ rows: AuthEventRow[]; hasMore: boolean }> {
  await requireRole("admin");
  const before = options.before;
  const rows = await db.authEvent.findMany({
    where: before
      ? { OR: [{ createdAt: { lt: before.createdAt } }, { createdAt: before.createdAt, id: { lt: before.id } }] }
      : undefined,
    select: {
      id: true,
      kind: true,
      createdAt: true,
      email: true,
      address: true,
      userAgent: true,
      detail: true,
      actor: { select: { email: true } },
      subject: { select: { email: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUTH_EVENTS_PAGE_SIZE + 1,
  });
  return {
    hasMore: rows.length > AUTH_EVENTS_PAGE_SIZE,
    rows: rows.slice(0, AUTH_EVENTS_PAGE_SIZE).map(({ actor, subject, ...row }) => ({
      ...row,
      actor: actor?.email ?? null,
      subject: subject?.email ?? null,
    })),
  };
}
