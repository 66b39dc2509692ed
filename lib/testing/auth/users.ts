import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/database/client";
import type { Role } from "@/lib/auth/roles";
import { insertPasswordAccount } from "@/lib/auth/password-account";
import { loadAuthSecret } from "@/lib/auth/secret";
import { sessionCookieName } from "@/lib/auth/cookie-config";
import { createSessionForTesting } from "@/lib/testing/auth/session-cookie";

export interface TestAccount {
  id: string;
  email: string;
  password: string;
  role: Role;
  /** The cookies of a real, freshly created session for this account. */
  cookies: Record<string, string>;
}

/**
 * A real account (user + credential row with an argon2id hash) and a real session for it, for
 * integration tests. Unique per call, so tests in one file do not collide.
 */
export async function createTestAccount(
  db: Database,
  role: Role,
  options: { banned?: boolean; mustChangePassword?: boolean; password?: string } = {},
): Promise<TestAccount> {
  const unique = randomUUID();
  const email = `${role}-${unique.slice(0, 8)}@test.parley.example`;
  const password = options.password ?? `Test password ${unique}`;
  const id = await insertPasswordAccount(db, { email, name: `Test ${role}`, role, password, mustChangePassword: options.mustChangePassword });
  const { cookieValue } = await createSessionForTesting(db, id, await loadAuthSecret(db));
  if (options.banned) await db.user.update({ where: { id }, data: { banned: true } });
  return { id, email, password, role, cookies: { [sessionCookieName()]: cookieValue } };
}
