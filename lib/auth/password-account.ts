import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/sign-in/password";
import type { Role } from "@/lib/auth/roles";

export interface NewPasswordAccount {
  email: string;
  name: string;
  role: Role;
  password: string;
  /** A temporary password the person must replace at first sign-in. */
  mustChangePassword?: boolean;
  /** When a temporary password stops working (admin-made passwords; see temporaryPasswordExpiry). */
  temporaryPasswordExpiresAt?: Date | null;
  banned?: boolean;
}

/**
 * Inserts a user who signs in with email and password: the user row plus better-auth's
 * "credential" account holding the argon2id hash. The one place accounts are written outside
 * better-auth (first admin, admin-created users, test accounts). Returns the user id.
 */
export async function insertPasswordAccount(
  client: Pick<Prisma.TransactionClient, "user">,
  account: NewPasswordAccount,
): Promise<string> {
  const id = randomUUID();
  const password = await hashPassword(account.password);
  await client.user.create({
    data: {
      id,
      email: account.email,
      name: account.name,
      role: account.role,
      emailVerified: true,
      mustChangePassword: account.mustChangePassword ?? false,
      temporaryPasswordExpiresAt: account.temporaryPasswordExpiresAt ?? null,
      banned: account.banned ?? false,
      accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password } },
    },
    select: { id: true },
  });
  return id;
}
