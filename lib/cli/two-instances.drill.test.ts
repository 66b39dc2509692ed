import { afterAll, beforeAll, expect, inject, it } from "vitest";
import pg from "pg";
import { createDatabase, dropDatabase } from "@/lib/database/admin";
import { readMigrations } from "@/lib/database/migrate";
import { startApp, type AppProcess } from "@/lib/testing/app-process";
import { isSignedIn, signInOverHttp, submitForm, trySignIn } from "@/lib/testing/http-session";
import { ensureProductionBuild } from "@/lib/testing/production-build";
import { freePort } from "@/lib/testing/test-server";

// Two production servers from one build, on one PostgreSQL, as behind a load balancer.
const serverUrl = inject("testServerUrl");
const databaseName = `parley_two_${process.pid}_${Date.now().toString(36)}`;
const ADMIN = { email: "two-admin@test.parley.example", password: "two instances share everything" };
let databaseUrl = "";
let one: AppProcess;
let two: AppProcess;

beforeAll(async () => {
  const distDir = ensureProductionBuild();
  databaseUrl = await createDatabase(serverUrl, databaseName); // empty: both must migrate it
  const env = {
    DATABASE_URL: databaseUrl,
    PARLEY_NEXT_DIST_DIR: distDir,
    PARLEY_AUTH_SECRET: "two-instances-secret-0123456789-abcdefgh",
    PARLEY_ADMIN_EMAIL: ADMIN.email,
    PARLEY_ADMIN_PASSWORD: ADMIN.password,
  };
  [one, two] = await Promise.all([
    startApp({ port: await freePort(), env }),
    startApp({ port: await freePort(), env }),
  ]);
}, 900_000);

afterAll(async () => {
  for (const app of [one, two]) {
    app?.child.kill("SIGTERM");
    await app?.exited;
  }
  await dropDatabase(serverUrl, databaseName);
}, 60_000);

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

it("both starting at once migrate once and create one first admin", async () => {
  const migrations = await query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" ORDER BY 1`);
  expect(migrations.map((row) => row.migration_name)).toEqual(readMigrations().map((migration) => migration.name));
  expect(await query(`SELECT email FROM "user"`)).toEqual([{ email: ADMIN.email }]);
});

it("a session from one instance works on the other, and signing out on one ends it on both", async () => {
  const cookie = await signInOverHttp(one.baseUrl, ADMIN.email, ADMIN.password);
  expect(await isSignedIn(two.baseUrl, cookie)).toBe(true);

  await submitForm(two.baseUrl, "/account", { cookie, which: />Sign out</ });
  expect(await isSignedIn(one.baseUrl, cookie)).toBe(false);
  expect(await isSignedIn(two.baseUrl, cookie)).toBe(false);
});

it("a deactivated account (as the Users page records it) is refused by every instance at its next request", async () => {
  const cookie = await signInOverHttp(two.baseUrl, ADMIN.email, ADMIN.password);
  expect(await isSignedIn(one.baseUrl, cookie)).toBe(true);
  await query(`UPDATE "user" SET banned = true WHERE email = $1`, [ADMIN.email]);
  try {
    expect(await isSignedIn(one.baseUrl, cookie)).toBe(false);
  } finally {
    await query(`UPDATE "user" SET banned = false WHERE email = $1`, [ADMIN.email]);
  }
});

it("counts failed sign-ins across both instances", async () => {
  for (let attempt = 0; attempt < 6; attempt++) {
    const instance = attempt % 2 === 0 ? one : two;
    expect(await trySignIn(instance.baseUrl, ADMIN.email, `wrong password number ${attempt}`)).toBeUndefined();
  }
  // Locked for this account from this address on both, even with the right password.
  expect(await trySignIn(one.baseUrl, ADMIN.email, ADMIN.password)).toBeUndefined();
  expect(await trySignIn(two.baseUrl, ADMIN.email, ADMIN.password)).toBeUndefined();
});
