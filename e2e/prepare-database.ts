import { randomUUID } from "node:crypto";
import { createPrismaClient } from "@/lib/database/client";
import { hashPassword } from "@/lib/auth/password";
import { loadAuthSecret } from "@/lib/auth/secret";
import { TEST_USERS } from "@/e2e/test-users";

/**
 * Called by the test harness (lib/cli/test.ts) after migrating and seeding the end-to-end
 * database: one account per role plus a deactivated one, with the passwords in e2e/test-users.ts,
 * and the session-signing secret, which the fixtures need to mint session cookies.
 */
export async function prepareE2eDatabase(url: string): Promise<void> {
  const db = createPrismaClient(url, { max: 2 });
  try {
    await loadAuthSecret(db);
    for (const user of Object.values(TEST_USERS)) {
      const id = randomUUID();
      await db.user.create({
        data: {
          id,
          email: user.email,
          name: user.name,
          role: user.role,
          emailVerified: true,
          banned: user === TEST_USERS.deactivated,
          accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: await hashPassword(user.password) } },
        },
        select: { id: true },
      });
    }
  } finally {
    await db.$disconnect();
  }
}
