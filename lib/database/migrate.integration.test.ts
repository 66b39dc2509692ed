import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase } from "@/lib/database/admin";
import { migrate, readMigrations } from "@/lib/database/migrate";

const serverUrl = inject("testServerUrl");
const created: string[] = [];
afterAll(async () => {
  for (const name of created) await dropDatabase(serverUrl, name);
});

async function emptyDatabase(): Promise<string> {
  const name = `parley_migrate_${Math.random().toString(36).slice(2, 10)}`;
  created.push(name);
  return createDatabase(serverUrl, name);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "parley-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

it("applies every migration once, recorded the way Prisma records them", async () => {
  const url = await emptyDatabase();
  const first = await migrate(url);
  const again = await migrate(url);

  expect(first.applied).toEqual(readMigrations().map((migration) => migration.name));
  expect(again.applied).toEqual([]);
  const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
    url,
    `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
  );
  expect(rows.map((row) => [row.migration_name, row.checksum, row.applied_steps_count])).toEqual(
    readMigrations().map((migration) => [migration.name, migration.checksum, 1]),
  );
  expect(rows.every((row) => row.finished_at instanceof Date)).toBe(true);
});

it("lets two instances start at once without applying anything twice", async () => {
  const url = await emptyDatabase();
  const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);

  expect(results.flatMap((result) => result.applied).sort()).toEqual(readMigrations().map((m) => m.name).sort());
  const [{ count }] = (await query<{ count: string }>(url, `SELECT count(*) FROM "_prisma_migrations"`)) as [{ count: string }];
  expect(Number(count)).toBe(readMigrations().length);
});

it("rolls a failing migration back whole and refuses to go past it", async () => {
  const url = await emptyDatabase();
  const dir = migrationsDir({
    "001_ok": `CREATE TABLE kept (id int);`,
    "002_broken": `CREATE TABLE half_done (id int); SELECT no_such_function();`,
    "003_later": `CREATE TABLE later (id int);`,
  });

  await expect(migrate(url, { dir })).rejects.toThrow(/002_broken failed and was rolled back/);
  const tables = await query<{ table_name: string }>(
    url,
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
  );
  expect(tables.map((row) => row.table_name)).toEqual(["_prisma_migrations", "kept"]);
});

it("keeps the bookkeeping row and the changes in its own transaction, whatever the file says", async () => {
  const url = await emptyDatabase();
  const dir = migrationsDir({
    "001_ok": `CREATE TABLE kept (id int);`,
    "002_commits_itself": `CREATE TABLE committed_early (id int); COMMIT; BEGIN; SELECT no_such_function();`,
  });

  await expect(migrate(url, { dir })).rejects.toThrow(/002_commits_itself failed and was rolled back.*BEGIN\/COMMIT/s);
  const recorded = await query<{ migration_name: string }>(url, `SELECT migration_name FROM "_prisma_migrations"`);
  expect(recorded.map((row) => row.migration_name)).toEqual(["001_ok"]);
  const tables = await query<{ table_name: string }>(
    url,
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
  );
  expect(tables.map((row) => row.table_name)).toEqual(["_prisma_migrations", "kept"]);

  // With the file fixed, the next start applies it: nothing was left behind to block it.
  writeFileSync(path.join(dir, "002_commits_itself", "migration.sql"), `CREATE TABLE committed_early (id int);`);
  expect((await migrate(url, { dir })).applied).toEqual(["002_commits_itself"]);
});

it("stops with a clear message when an applied migration was edited", async () => {
  const url = await emptyDatabase();
  const dir = migrationsDir({ "001_ok": `CREATE TABLE kept (id int);`, "002_next": `CREATE TABLE next_one (id int);` });
  await migrate(url, { dir });
  writeFileSync(path.join(dir, "001_ok", "migration.sql"), `CREATE TABLE kept (id bigint);`);
  mkdirSync(path.join(dir, "003_new"));
  writeFileSync(path.join(dir, "003_new", "migration.sql"), `CREATE TABLE newer (id int);`);

  await expect(migrate(url, { dir })).rejects.toThrow(/001_ok was changed after it was applied.*new migration/s);
  const recorded = await query<{ migration_name: string }>(url, `SELECT migration_name FROM "_prisma_migrations" ORDER BY 1`);
  expect(recorded.map((row) => row.migration_name)).toEqual(["001_ok", "002_next"]);
});
