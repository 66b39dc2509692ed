import { afterAll, afterEach, beforeEach, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { seedDemoIfEmpty } from "@/prisma/seed/demo";

// DATABASE_URL is this file's own throw-away database (lib/testing/integration-file-setup.ts).
const url = process.env.DATABASE_URL ?? "";
const db = createPrismaClient(url, { max: 2 });
afterAll(() => db.$disconnect());

// Node prints each deprecation once per process, so every warning of the file is collected.
const warnings: string[] = [];
const collect = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
beforeEach(() => void process.on("warning", collect));
afterEach(() => void process.off("warning", collect));

it("loads the demo meetings on a first run without any warning", async () => {
  await seedDemoIfEmpty(url, { log: () => {}, production: false });
  await new Promise((resolve) => setImmediate(resolve));

  expect(await db.meeting.count()).toBe(5);
  expect(warnings).toEqual([]);
});
