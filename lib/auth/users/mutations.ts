import "server-only";
import { randomUUID } from "node:crypto";
import { generateRandomString } from "better-auth/crypto";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { AppError, fromPrismaError } from "@/lib/errors";
import { recordAuthEvent } from "@/lib/auth/audit";
import { clientAddress, userAgentOf } from "@/lib/auth/client-address";
import { requireRole, type SessionUser } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { insertPasswordAccount } from "@/lib/auth/password-account";
import type { Role } from "@/lib/auth/roles";
import type { ChangeRoleInput, CreateUserInput, TwoFactorPolicyInput, UserActionInput } from "@/lib/auth/users/schemas";

/** A temporary password: 20 characters from an alphabet without look-alikes (~110 bits). */
export function generateTemporaryPassword(): string {
  return generateRandomString(20, "a-z", "A-Z", "0-9").replace(/[0OIl1]/gu, "x");
}

async function adminContext(): Promise<{ admin: SessionUser; address: string; userAgent: string | null }> {
  const admin = await requireRole("admin");
  const request = await headers();
  return { admin, address: clientAddress(request), userAgent: userAgentOf(request) };
}

async function findUserOrThrow(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, role: true, banned: true } });
  if (!user) throw new AppError("not_found", "This user no longer exists.");
  return user;
}

function refuseSelf(admin: SessionUser, userId: string, what: string) {
  if (admin.id === userId) throw new AppError("conflict", `You cannot ${what} your own account. Ask another admin.`);
}

/**
 * Admins only: creates an account with a temporary password, returned once for the admin to pass
 * on; the new user must replace it at first sign-in.
 */
export async function createUser(input: CreateUserInput): Promise<{ id: string; temporaryPassword: string }> {
  const context = await adminContext();
  const temporaryPassword = generateTemporaryPassword();
  try {
    const id = await db.$transaction(async (tx) => {
      const userId = await insertPasswordAccount(tx, { ...input, password: temporaryPassword, mustChangePassword: true });
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

/** Admins only, not on themselves: the new role applies from the user's next request. */
export async function changeUserRole(input: ChangeRoleInput): Promise<void> {
  const context = await adminContext();
  refuseSelf(context.admin, input.userId, "change the role of");
  const user = await findUserOrThrow(input.userId);
  if (user.role === input.role) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { role: input.role }, select: { id: true } });
    await recordAuthEvent(
      { kind: "ROLE_CHANGED", actorId: context.admin.id, subjectId: user.id, address: context.address, userAgent: context.userAgent, detail: { from: user.role as Role, to: input.role } },
      tx,
    );
  });
}

/** Admins only, not on themselves: blocks sign-in and ends every session at once. */
export async function deactivateUser(input: UserActionInput): Promise<void> {
  const context = await adminContext();
  refuseSelf(context.admin, input.userId, "deactivate");
  const user = await findUserOrThrow(input.userId);
  if (user.banned) return;
  await db.$transaction(async (tx) => {
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
    await tx.user.update({ where: { id: user.id }, data: { mustChangePassword: true }, select: { id: true } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAuthEvent({ kind: "PASSWORD_RESET_BY_ADMIN", actorId: context.admin.id, subjectId: user.id, address: context.address, userAgent: context.userAgent }, tx);
  });
  return { temporaryPassword };
}

/** Admins only: whether every account must have a TOTP second factor. */
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
