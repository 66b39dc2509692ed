import "server-only";
import { randomUUID } from "node:crypto";
import { generateRandomString } from "better-auth/crypto";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, fromPrismaError } from "@/lib/errors";
import { recordAuthEvent } from "@/lib/auth/audit";
import { clientAddress, userAgentOf } from "@/lib/auth/internal/http/client-address";
import { requireRole, type SessionUser } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/sign-in/password";
import { insertPasswordAccount } from "@/lib/auth/password-account";
import type { Role } from "@/lib/auth/roles";
import type { ChangeRoleInput, CreateUserInput, TwoFactorPolicyInput, UserActionInput } from "@/lib/auth/users/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";

type AdminContext = { admin: Pick<SessionUser, "id">; address: string; userAgent: string | null };

/** A temporary password: 20 characters from an alphabet without look-alikes (~110 bits). */
export function generateTemporaryPassword(): string {
  return generateRandomString(20, "a-z", "A-Z", "0-9").replace(/[0OIl1]/gu, "x");
}

/** When a temporary password made now stops working: PARLEY_TEMPORARY_PASSWORD_HOURS (72 by default). */
export function temporaryPasswordExpiry(now = new Date()): Date {
  return new Date(now.getTime() + env.PARLEY_TEMPORARY_PASSWORD_HOURS * 3_600_000);
}

async function adminContext(): Promise<{ admin: SessionUser; address: string; userAgent: string | null }> {
  const admin = await requireRole("admin");
  const request = await headers();
  return { admin, address: clientAddress(request), userAgent: userAgentOf(request) };
}

async function findUserOrThrow(userId: string, client: Pick<Prisma.TransactionClient, "user"> = db) {
  const user = await client.user.findUnique({ where: { id: userId }, select: { id: true, role: true, banned: true } });
  if (!user) throw new AppError("not_found", "This user no longer exists.");
  return user;
}

function refuseSelf(admin: Pick<SessionUser, "id">, userId: string, what: string) {
  if (admin.id === userId) throw new AppError("conflict", `You cannot ${what} your own account. Ask another admin.`);
}

/**
 * Admins only: creates an account with a temporary password, returned once for the admin to pass
 * on; the new user must replace it at first sign-in, within PARLEY_TEMPORARY_PASSWORD_HOURS.
 */
export async function createUser(input: CreateUserInput): Promise<{ id: string; temporaryPassword: string }> {
  const context = await adminContext();
  const temporaryPassword = generateTemporaryPassword();
  try {
    const id = await db.$transaction(async (tx) => {
      const userId = await insertPasswordAccount(tx, {
        ...input,
        password: temporaryPassword,
        mustChangePassword: true,
        temporaryPasswordExpiresAt: temporaryPasswordExpiry(),
      });
      await recordAuthEvent(
        { kind: "USER_CREATED", actorId: context.admin.id, subjectId: userId, address: context.address, userAgent: context.userAgent, detail: { role: input.role } },
        tx,
      );
      return userId;
    });
    return { id, temporaryPassword };
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("validation", "Check the fields below.", { fieldErrors: { email: ["An account with this email already exists."] } });
    }
    fromPrismaError(error, "user");
  }
}

export const LAST_ADMIN = "Parley needs at least one active admin: make someone else an admin first.";
const NO_LONGER_ADMIN = "You are no longer an active admin.";

/**
 * Locks every active admin row for the rest of the transaction and checks, against what is
 * committed now, that the actor is still one and that the change leaves at least one. Two admins
 * demoting or deactivating each other at once queue on these row locks; the second sees the
 * first's change (PostgreSQL re-reads a locked row after waiting) and is refused.
 */
async function guardActiveAdmins(tx: Prisma.TransactionClient, actorId: string, targetId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "user" WHERE "role" = 'admin' AND "banned" IS NOT TRUE ORDER BY "id" FOR UPDATE`;
  const active = rows.map((row) => row.id);
  if (!active.includes(actorId)) throw new AppError("forbidden", NO_LONGER_ADMIN);
  if (active.includes(targetId) && active.length <= 1) throw new AppError("conflict", LAST_ADMIN);
}

/** Admins only, not on themselves: the new role applies from the user's next request. */
export async function changeUserRole(input: ChangeRoleInput): Promise<void> {
  await unsafeChangeUserRoleAs(await adminContext(), input);
}

/**
 * The role change without the session check: `context.admin` must come from requireRole("admin")
 * (changeUserRole) or be a test's explicit actor. Re-checked under lock inside the transaction.
 */
export async function unsafeChangeUserRoleAs(context: AdminContext, input: ChangeRoleInput): Promise<void> {
  refuseSelf(context.admin, input.userId, "change the role of");
  await db.$transaction(async (tx) => {
    await guardActiveAdmins(tx, context.admin.id, input.userId);
    const user = await findUserOrThrow(input.userId, tx);
    if (user.role === input.role) return;
    await tx.user.update({ where: { id: user.id }, data: { role: input.role }, select: { id: true } });
    await recordAuthEvent(
      { kind: "ROLE_CHANGED", actorId: context.admin.id, subjectId: user.id, address: context.address, userAgent: context.userAgent, detail: { from: user.role as Role, to: input.role } },
      tx,
    );
  });
}

/** Admins only, not on themselves: blocks sign-in and ends every session at once. */
export async function deactivateUser(input: UserActionInput): Promise<void> {
  await unsafeDeactivateUserAs(await adminContext(), input);
}

/** Deactivation without the session check; see unsafeChangeUserRoleAs. */
export async function unsafeDeactivateUserAs(context: AdminContext, input: UserActionInput): Promise<void> {
  refuseSelf(context.admin, input.userId, "deactivate");
  await db.$transaction(async (tx) => {
    await guardActiveAdmins(tx, context.admin.id, input.userId);
    const user = await findUserOrThrow(input.userId, tx);
    if (user.banned) return;
    await tx.user.update({ where: { id: user.id }, data: { banned: true }, select: { id: true } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAuthEvent({ kind: "USER_DEACTIVATED", actorId: context.admin.id, subjectId: user.id, address: context.address, userAgent: context.userAgent }, tx);
  });
}

/** Admins only: lets a deactivated account sign in again. */
export async function reactivateUser(input: UserActionInput): Promise<void> {
  const context = await adminContext();
  const user = await findUserOrThrow(input.userId);
  if (!user.banned) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { banned: false }, select: { id: true } });
    await recordAuthEvent({ kind: "USER_REACTIVATED", actorId: context.admin.id, subjectId: user.id, address: context.address, userAgent: context.userAgent }, tx);
  });
}

/**
 * Admins only, not on themselves (they use the account page): a new temporary password, returned
 * once; the user's sessions end and the password must be replaced at the next sign-in.
 */
export async function resetUserPassword(input: UserActionInput): Promise<{ temporaryPassword: string }> {
  const context = await adminContext();
  refuseSelf(context.admin, input.userId, "reset the password of");
  const user = await findUserOrThrow(input.userId);
  const temporaryPassword = generateTemporaryPassword();
  const hash = await hashPassword(temporaryPassword);
  await db.$transaction(async (tx) => {
    const updated = await tx.account.updateMany({ where: { userId: user.id, providerId: "credential" }, data: { password: hash } });
    if (updated.count === 0) {
      await tx.account.create({ data: { id: randomUUID(), accountId: user.id, providerId: "credential", userId: user.id, password: hash } });
    }
    await tx.user.update({ where: { id: user.id }, data: { mustChangePassword: true, temporaryPasswordExpiresAt: temporaryPasswordExpiry() }, select: { id: true } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAuthEvent({ kind: "PASSWORD_RESET_BY_ADMIN", actorId: context.admin.id, subjectId: user.id, address: context.address, userAgent: context.userAgent }, tx);
  });
  return { temporaryPassword };
}

/**
 * Admins only, not on themselves: removes a lost authenticator (key and backup codes) so the person
 * can sign in with the password and set two-step sign-in up again; their sessions end. Audited.
 */
export async function resetUserTwoFactor(input: UserActionInput): Promise<void> {
  const context = await adminContext();
  refuseSelf(context.admin, input.userId, "reset two-step sign-in of");
  const user = await findUserOrThrow(input.userId);
  await db.$transaction(async (tx) => {
    const removed = await tx.twoFactor.deleteMany({ where: { userId: user.id } });
    await tx.user.update({ where: { id: user.id }, data: { twoFactorEnabled: false }, select: { id: true } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAuthEvent(
      { kind: "TWO_FACTOR_RESET_BY_ADMIN", actorId: context.admin.id, subjectId: user.id, address: context.address, userAgent: context.userAgent, detail: { hadAuthenticator: removed.count > 0 } },
      tx,
    );
  });
}

/** Admins only: whether every account must have two-step sign-in (TOTP). */
export async function setTwoFactorPolicy(input: TwoFactorPolicyInput): Promise<void> {
  const context = await adminContext();
  await db.$transaction(async (tx) => {
    await tx.authSettings.upsert({ where: { id: 1 }, create: { id: 1, requireTwoFactor: input.required }, update: { requireTwoFactor: input.required } });
    await recordAuthEvent(
      { kind: "TWO_FACTOR_POLICY_CHANGED", actorId: context.admin.id, address: context.address, userAgent: context.userAgent, detail: { required: input.required } },
      tx,
    );
  });
}
