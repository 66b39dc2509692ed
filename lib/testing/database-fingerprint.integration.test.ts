import { afterAll, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { databaseFingerprint } from "@/lib/testing/endpoints";
import { createTestMeeting, createTestTag } from "@/lib/testing/factories";

// The access and fuzz tests prove "a refusal writes nothing" with this fingerprint: it must see
// every table, every write to one, and leave out only what it is told to.
const db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => db.$disconnect());

/** Table by table, one statement each: the plain reading of what the fingerprint promises. */
async function tableByTable(except: string[] = []): Promise<string> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
      AND tablename <> ALL(${except}::text[]) ORDER BY tablename`;
  const parts: string[] = [];
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ digest: string | null }[]>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${name.replaceAll('"', '""')}" t`,
    );
    parts.push(`${name}:${row?.digest ?? "empty"}`);
  }
  return parts.join("\n");
}

it("digests every table, empty ones included, as reading them one by one does", async () => {
  await createTestMeeting(db);
  const fingerprint = await databaseFingerprint(db);
  expect(fingerprint).toBe(await tableByTable());
  expect(fingerprint).toMatch(/^Meeting:[0-9a-f]{32}$/m);
  expect(fingerprint).toMatch(/:empty$/m);
  expect(await databaseFingerprint(db, ["Tag", "Meeting"])).toBe(await tableByTable(["Tag", "Meeting"]));
});

it("changes with an insert or an update, and not with a write to a table left out", async () => {
  const before = await databaseFingerprint(db);
  expect(await databaseFingerprint(db)).toBe(before);
  const tag = await createTestTag(db);
  const afterInsert = await databaseFingerprint(db);
  expect(afterInsert).not.toBe(before);
  await db.tag.update({ where: { id: tag.id }, data: { name: `${tag.name} renamed` } });
  expect(await databaseFingerprint(db)).not.toBe(afterInsert);

  const withoutTags = await databaseFingerprint(db, ["Tag"]);
  await createTestTag(db);
  expect(await databaseFingerprint(db, ["Tag"])).toBe(withoutTags);
});
