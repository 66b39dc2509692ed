import type { Page } from "@playwright/test";
import { createPrismaClient, type Database } from "@/lib/database/client";

/** Runs work against the end-to-end database with a client of its own (factories need Prisma). */
export async function withTestDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = createPrismaClient(process.env.DATABASE_URL!, { max: 1 });
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

/** Opens a page of the meetings table and waits until it has hydrated (its keys are live). */
export async function openTable(page: Page, url: string) {
  await page.goto(url);
  await page.locator("html[data-table-keys]").waitFor({ state: "attached" });
}
