import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSyntheticMeetings } from "@/prisma/seed/synthetic/load";

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });

async function count(sql: string): Promise<number> {
  const { rows } = await client.query<{ count: string }>(sql);
  return Number(rows[0]!.count);
}

async function indexNames(): Promise<string[]> {
  const { rows } = await client.query<{ indexname: string }>(
    `SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`,
  );
  return rows.map((row) => row.indexname);
}

/** What a meeting says, without its ids: two runs with one seed must agree on all of it. */
async function meetingContents(): Promise<unknown[]> {
  const { rows } = await client.query(
    `SELECT m."title", m."kind", m."status", m."date"::text, m."datePrecision", m."place", m."locationCountryCode",
            m."summary", m."outcome",
            (SELECT array_agg(p."name" || '|' || pt."title" || '|' || coalesce(pt."side"::text, '') ORDER BY pt."position")
               FROM "Participation" pt JOIN "Person" p ON p."id" = pt."personId" WHERE pt."meetingId" = m."id") AS participants,
            (SELECT array_agg(t."slug" ORDER BY t."slug") FROM "MeetingTopic" mt JOIN "Topic" t ON t."id" = mt."topicId" WHERE mt."meetingId" = m."id") AS topics,
            (SELECT array_agg(s."outlet" || '|' || s."text" ORDER BY s."id") FROM "Source" s WHERE s."meetingId" = m."id") AS sources
     FROM "Meeting" m ORDER BY m."id"`,
  );
  return rows;
}

let indexesBefore: string[];
beforeAll(async () => {
  await client.connect();
  indexesBefore = await indexNames();
  await loadSyntheticMeetings(url, { meetings: 50, seed: 7, batchSize: 20, rebuildIndexes: true });
}, 120_000);
afterAll(() => client.end());

describe("synthetic meetings", () => {
  it("adds the requested meetings with 2–20 participants and 1–3 sources each", async () => {
    expect(await count(`SELECT count(*) FROM "Meeting"`)).toBe(50);
    const { rows } = await client.query<{ participants: number; sources: number }>(
      `SELECT (SELECT count(*)::int FROM "Participation" p WHERE p."meetingId" = m."id") AS participants,
              (SELECT count(*)::int FROM "Source" s WHERE s."meetingId" = m."id") AS sources
       FROM "Meeting" m`,
    );
    for (const row of rows) {
      expect(row.participants).toBeGreaterThanOrEqual(2);
      expect(row.participants).toBeLessThanOrEqual(20);
      expect(row.sources).toBeGreaterThanOrEqual(1);
      expect(row.sources).toBeLessThanOrEqual(3);
    }
    expect(await count(`SELECT count(*) FROM "Person"`)).toBeGreaterThan(1_000);
    expect(await count(`SELECT count(*) FROM "Tag"`)).toBeGreaterThan(500);
  });

  it("references only rows that exist", async () => {
    const orphans = [
      `SELECT count(*) FROM "Participation" x LEFT JOIN "Person" p ON p."id" = x."personId" WHERE p."id" IS NULL`,
      `SELECT count(*) FROM "Participation" x LEFT JOIN "Organization" o ON o."id" = x."organizationId" WHERE x."organizationId" IS NOT NULL AND o."id" IS NULL`,
      `SELECT count(*) FROM "Participation" x LEFT JOIN "Meeting" m ON m."id" = x."meetingId" WHERE m."id" IS NULL`,
      `SELECT count(*) FROM "MeetingTopic" x LEFT JOIN "Topic" t ON t."id" = x."topicId" WHERE t."id" IS NULL`,
      `SELECT count(*) FROM "MeetingTag" x LEFT JOIN "Tag" t ON t."id" = x."tagId" WHERE t."id" IS NULL`,
      `SELECT count(*) FROM "MeetingCountry" x LEFT JOIN "Country" c ON c."code" = x."countryCode" WHERE c."code" IS NULL`,
      `SELECT count(*) FROM "Source" x LEFT JOIN "Meeting" m ON m."id" = x."meetingId" WHERE m."id" IS NULL`,
      `SELECT count(*) FROM "Evidence" x LEFT JOIN "Source" s ON s."id" = x."sourceId" WHERE s."id" IS NULL OR s."meetingId" <> x."meetingId"`,
      `SELECT count(*) FROM "Evidence" x LEFT JOIN "Participation" p ON p."id" = x."participationId" WHERE x."participationId" IS NOT NULL AND (p."id" IS NULL OR p."personId" <> x."personId")`,
      `SELECT count(*) FROM "Organization" x LEFT JOIN "Organization" p ON p."id" = x."parentId" WHERE x."parentId" IS NOT NULL AND p."id" IS NULL`,
    ];
    for (const sql of orphans) expect(await count(sql), sql).toBe(0);
  });

  it("cites evidence that is exactly the quoted slice of its source", async () => {
    expect(await count(`SELECT count(*) FROM "Evidence"`)).toBeGreaterThanOrEqual(150);
    expect(
      await count(
        `SELECT count(*) FROM "Evidence" e JOIN "Source" s ON s."id" = e."sourceId"
         WHERE substr(s."text", e."startOffset" + 1, e."endOffset" - e."startOffset") <> e."quote"`,
      ),
    ).toBe(0);
  });

  it("leaves every meeting and source searchable and every index rebuilt", async () => {
    expect(await count(`SELECT count(*) FROM "Meeting" WHERE "searchVector" IS NULL`)).toBe(0);
    expect(await count(`SELECT count(*) FROM "Source" WHERE "searchVector" IS NULL`)).toBe(0);
    // Each meeting's match vector holds every word of its own vector and of each of its sources'.
    expect(await count(`SELECT count(*) FROM "Meeting" m LEFT JOIN "MeetingMatch" x ON x."meetingId" = m."id" WHERE x."meetingId" IS NULL`)).toBe(0);
    // …and its date, by which a search's newest matches are found.
    expect(await count(`SELECT count(*) FROM "Meeting" m JOIN "MeetingMatch" x ON x."meetingId" = m."id" WHERE x."date" IS DISTINCT FROM m."date"`)).toBe(0);
    const words = (vector: string) => `tsvector_to_array(${vector}) <@ tsvector_to_array(x."matchVector")`;
    expect(await count(`SELECT count(*) FROM "Meeting" m JOIN "MeetingMatch" x ON x."meetingId" = m."id" WHERE NOT ${words(`m."searchVector"`)}`)).toBe(0);
    expect(
      await count(`SELECT count(*) FROM "Source" s JOIN "MeetingMatch" x ON x."meetingId" = s."meetingId" WHERE NOT ${words(`s."searchVector"`)}`),
    ).toBe(0);
    expect(await indexNames()).toEqual(indexesBefore);
    expect(await count(`SELECT count(*) FROM pg_tables WHERE tablename LIKE '_parley_seed%'`)).toBe(0);
  });

  it("makes the same meetings again from the same seed, reusing its people", async () => {
    const people = await count(`SELECT count(*) FROM "Person"`);
    const first = await meetingContents();
    await loadSyntheticMeetings(url, { meetings: 50, seed: 7, batchSize: 20 });
    const both = await meetingContents();
    expect(both).toHaveLength(100);
    expect(both.slice(50)).toEqual(first);
    expect(await count(`SELECT count(*) FROM "Person"`)).toBe(people);
  }, 120_000);
});
