import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { $Enums, Prisma } from "@/lib/generated/prisma/client";

// The migrations are written by hand (Prisma's schema engine cannot be had offline), so this
// proves they and prisma/schema.prisma describe the same database.
const db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => db.$disconnect());

const schemaText = readFileSync(path.resolve(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
const modelBlocks = [...schemaText.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].map(([, name, body]) => ({
  name: name!,
  table: /@@map\("([^"]+)"\)/.exec(body!)?.[1] ?? name!,
  unsupported: [...body!.matchAll(/^\s+(\w+)\s+Unsupported\(/gm)].map((match) => match[1]!),
}));

function scalarFields(model: string): string[] {
  const fieldEnum = (Prisma as unknown as Record<string, Record<string, string> | undefined>)[
    `${model}ScalarFieldEnum`
  ];
  if (!fieldEnum) throw new Error(`No ${model}ScalarFieldEnum in the generated client`);
  return Object.values(fieldEnum);
}

describe("the migrated database and schema.prisma", () => {
  it("have the same models", async () => {
    const tables = await db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
    expect(tables.map((row) => row.table_name).sort()).toEqual(modelBlocks.map((model) => model.table).sort());
    expect(modelBlocks.map((model) => model.name).sort()).toEqual(Object.values(Prisma.ModelName).sort());
  });

  it.each(modelBlocks)("have the same columns for $name", async (model) => {
    const columns = await db.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = ${model.table}`;
    expect(columns.map((row) => row.column_name).sort()).toEqual(
      [...scalarFields(model.name), ...model.unsupported].sort(),
    );
  });

  it("have the same enums and values", async () => {
    const rows = await db.$queryRaw<{ name: string; value: string }[]>`
      SELECT t.typname AS name, e.enumlabel AS value FROM pg_type t
      JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY t.typname, e.enumsortorder`;
    const inDatabase: Record<string, string[]> = {};
    for (const row of rows) (inDatabase[row.name] ??= []).push(row.value);
    const inSchema = Object.fromEntries(
      Object.entries($Enums).map(([name, values]) => [name, Object.values(values as Record<string, string>)]),
    );
    expect(inDatabase).toEqual(inSchema);
  });
});
