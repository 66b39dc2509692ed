import { createPrismaClient } from "@/lib/database/client";
import { insertPasswordAccount } from "@/lib/auth/password-account";
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
      await insertPasswordAccount(db, { ...user, banned: user === TEST_USERS.deactivated });
    }
  } finally {
    await db.$disconnect();
  }
}
