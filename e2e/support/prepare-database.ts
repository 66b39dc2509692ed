import { createPrismaClient } from "@/lib/database/client";
import { insertPasswordAccount } from "@/lib/auth/password-account";
import { loadAuthSecret } from "@/lib/auth/secret";
import { createHostileMeetings } from "@/e2e/support/hostile-meetings";
import { TEST_USERS } from "@/e2e/support/test-users";

/**
 * Called by the test harness (lib/testing/run-suite.ts) after migrating and seeding the end-to-end
 * database: one account per role plus a deactivated one, with the passwords in e2e/support/test-users.ts,
 * the session-signing secret, which the fixtures need to mint session cookies, and the meetings
 * full of hostile text that e2e/hostile-input.spec.ts opens.
 */
export async function prepareE2eDatabase(url: string): Promise<void> {
  const db = createPrismaClient(url, { max: 2 });
  try {
    await loadAuthSecret(db);
    for (const user of Object.values(TEST_USERS)) {
      await insertPasswordAccount(db, { ...user, banned: user === TEST_USERS.deactivated });
    }
    await createHostileMeetings(db);
  } finally {
    await db.$disconnect();
  }
}
