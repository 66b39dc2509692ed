import { generateRandomString } from "better-auth/crypto";
import { createPrismaClient, type Database } from "@/lib/database/client";
import { env } from "@/lib/env";
import { insertPasswordAccount } from "@/lib/auth/password-account";
import { isCommonPassword } from "@/lib/auth/internal/sign-in/password-policy";
import type { Role } from "@/lib/auth/roles";

const DEFAULT_ADMIN_EMAIL = "admin@parley.localhost";

/** Demo accounts for development only, marked in their names and emails. */
const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "analyst@demo.parley.localhost", name: "Demo analyst (development only)", role: "analyst" },
  { email: "viewer@demo.parley.localhost", name: "Demo viewer (development only)", role: "viewer" },
];

function generatedPassword(): string {
  // Four groups of five: easy to read off a terminal, ~119 bits.
  return generateRandomString(20, "a-z", "0-9").match(/.{5}/gu)!.join("-");
}

async function createAccount(
  tx: Pick<Database, "user" | "authEvent">,
  account: { email: string; name: string; role: Role; password: string; mustChangePassword: boolean },
) {
  const id = await insertPasswordAccount(tx, account);
  await tx.authEvent.create({ data: { kind: "USER_CREATED", subjectId: id, detail: { role: account.role, by: "first run" } }, select: { id: true } });
}

/**
 * Creates the first admin on a database with no users: from PARLEY_ADMIN_EMAIL and
 * PARLEY_ADMIN_PASSWORD when given, else with a generated password printed once (to be replaced
 * at first sign-in). In development it also adds demo analyst and viewer accounts — never in
 * production mode. Does nothing once any user exists, so the variables are ignored from then on.
 * Two instances starting at once agree through an advisory lock.
 */
export async function ensureFirstAdmin(url: string, options: { log: (line: string) => void; production: boolean }): Promise<void> {
  const fromEnv = env.PARLEY_ADMIN_EMAIL && env.PARLEY_ADMIN_PASSWORD ? { email: env.PARLEY_ADMIN_EMAIL.toLowerCase(), password: env.PARLEY_ADMIN_PASSWORD } : null;
  if ((env.PARLEY_ADMIN_EMAIL || env.PARLEY_ADMIN_PASSWORD) && !fromEnv) {
    throw new Error("Set both PARLEY_ADMIN_EMAIL and PARLEY_ADMIN_PASSWORD, or neither.");
  }
  if (fromEnv && isCommonPassword(fromEnv.password)) {
    throw new Error("PARLEY_ADMIN_PASSWORD is one of the most common passwords. Choose another.");
  }
  const db = createPrismaClient(url, { max: 2 });
  try {
    const created: string[] = [];
    await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('parley:first-admin'))`;
        if ((await tx.user.count()) > 0) return;
        const admin = fromEnv ?? { email: DEFAULT_ADMIN_EMAIL, password: generatedPassword() };
        await createAccount(tx, { ...admin, name: "Administrator", role: "admin", mustChangePassword: !fromEnv });
        created.push(
          fromEnv
            ? `first admin ${admin.email} created from PARLEY_ADMIN_EMAIL / PARLEY_ADMIN_PASSWORD`
            : `first admin created. Sign in as ${admin.email} with the password ${admin.password} (shown only now; you will choose your own at first sign-in)`,
        );
        if (options.production) return;
        for (const demo of DEMO_ACCOUNTS) {
          const password = generatedPassword();
          await createAccount(tx, { ...demo, password, mustChangePassword: false });
          created.push(`DEMO ${demo.role} (development only): ${demo.email} / ${password}`);
        }
      },
      { timeout: 30_000 },
    );
    for (const line of created) options.log(line);
  } finally {
    await db.$disconnect();
  }
}
