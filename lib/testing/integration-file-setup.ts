import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { createDatabase } from "@/lib/database/admin";

// Runs before each integration test file imports anything: the file gets a fresh copy of the
// migrated template, and lib/env.ts then reads this DATABASE_URL.
const template = inject("templateDatabase");
const name = `${template.replace(/_template$/, "")}_${randomBytes(4).toString("hex")}`;
process.env.DATABASE_URL = await createDatabase(inject("testServerUrl"), name, template);

afterAll(async () => {
  const shared = globalThis as unknown as { parleyDb?: { $disconnect: () => Promise<void> } };
  await shared.parleyDb?.$disconnect();
});
