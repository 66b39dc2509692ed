import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { createPrismaClient, type Database } from "@/lib/database/client";
import { tagSlug } from "@/lib/meetings/tag-slug";
import { createTestMeeting, type TestMeeting, type TestMeetingOverrides } from "@/lib/testing/factories";

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

/**
 * A made-up word no other row holds, e.g. "Zqorvelan": a search for it finds only the rows a test
 * wrote it into, whatever other specs add meanwhile (they run in parallel on one database).
 * Letters only, so the search reads it as one word.
 */
export function uniqueWord(): string {
  const letters = Array.from({ length: 9 }, () => String.fromCharCode(97 + randomInt(26))).join("");
  return `Zq${letters}`;
}

/** Meetings of the test's own, written through the one write path like any other. */
export async function createMeetings(meetings: TestMeetingOverrides[]): Promise<TestMeeting[]> {
  return withTestDatabase(async (db) => {
    const made: TestMeeting[] = [];
    for (const overrides of meetings) made.push(await createTestMeeting(db, overrides));
    return made;
  });
}

/**
 * Meetings of the test's own that share a tag no other row has: `/meetings?tag=<tagId>` lists
 * exactly these, so a test can count and order them while other specs add meetings.
 */
export async function createTaggedMeetings(meetings: TestMeetingOverrides[]): Promise<{ tag: string; tagId: string; meetings: TestMeeting[] }> {
  const tag = `e2e ${uniqueWord()}`;
  const made = await createMeetings(meetings.map((overrides) => ({ ...overrides, tags: [tag, ...(overrides.tags ?? [])] })));
  const { id } = await withTestDatabase((db) => db.tag.findUniqueOrThrow({ where: { slug: tagSlug(tag) }, select: { id: true } }));
  return { tag, tagId: id, meetings: made };
}
