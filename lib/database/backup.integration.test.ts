import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { ensureFirstAdmin } from "@/lib/auth/first-admin";
import { backupDatabase, restoreDatabase } from "@/lib/database/backup";
import { seedDemoIfEmpty } from "@/prisma/seed/demo";

// DATABASE_URL is this file's own throw-away database (lib/testing/integration-file-setup.ts).
const url = process.env.DATABASE_URL ?? "";
const folder = mkdtempSync(path.join(tmpdir(), "parley-backup-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Row count and a checksum of every row's text, per table: equal means the same data. */
async function fingerprint(): Promise<Record<string, { rows: number; checksum: string | null }>> {
  return withClient(async (client) => {
    const { rows: tables } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
        AND table_name <> '_prisma_migrations' ORDER BY 1`,
    );
    const result: Record<string, { rows: number; checksum: string | null }> = {};
    for (const { table_name } of tables) {
      const { rows } = await client.query<{ rows: string; checksum: string | null }>(
        `SELECT count(*) AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS checksum FROM "${table_name}" t`,
      );
      result[table_name] = { rows: Number(rows[0]?.rows), checksum: rows[0]?.checksum ?? null };
    }
    return result;
  });
}

it("backs up, survives a wipe, restores identical tables, and refuses to overwrite data unless forced", async () => {
  await seedDemoIfEmpty(url, { log: () => {}, production: false });
  await ensureFirstAdmin(url, { log: () => {}, production: false });
  const before = await fingerprint();
  expect(before.Meeting?.rows).toBe(5);
  expect(before.user?.rows).toBe(3);

  const file = path.join(folder, "parley.backup.gz");
  const backedUp = await backupDatabase(url, file);
  expect(backedUp.find((table) => table.table === "Meeting")?.rows).toBe(5);

  await withClient((client) => client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public"));
  expect(await fingerprint()).toEqual({});

  await restoreDatabase(url, file);
  expect(await fingerprint()).toEqual(before);

  await expect(restoreDatabase(url, file)).rejects.toThrow(/already holds data.*--force/s);
  await withClient((client) => client.query(`DELETE FROM "Tag"`));
  await restoreDatabase(url, file, { force: true });
  expect(await fingerprint()).toEqual(before);
}, 120_000);

it("refuses a file that is not a Parley backup", async () => {
  const file = path.join(folder, "not-a-backup.gz");
  const { createGzip } = await import("node:zlib");
  const { createWriteStream } = await import("node:fs");
  const { pipeline } = await import("node:stream/promises");
  const { Readable } = await import("node:stream");
  await pipeline(Readable.from(['{"hello":"world"}\n']), createGzip(), createWriteStream(file));

  await expect(restoreDatabase(url, file, { force: true })).rejects.toThrow(/not a Parley backup/);
});
