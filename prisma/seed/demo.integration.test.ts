import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { seedDemoIfEmpty } from "@/prisma/seed/demo";

const url = process.env.DATABASE_URL!;
const db = createPrismaClient(url, { max: 2 });
const logged: string[] = [];
afterAll(() => db.$disconnect());

beforeAll(async () => {
  await seedDemoIfEmpty(url, { log: (line) => logged.push(line), production: false });
});

async function searchMeetingTitles(query: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ title: string }[]>`
    SELECT "title" FROM "Meeting" WHERE "searchVector" @@ websearch_to_tsquery('parley', ${query}) ORDER BY "title"`;
  return rows.map((row) => row.title);
}

describe("demo meetings", () => {
  it("loads the five annotated wire items as published meetings and says so once", async () => {
    const meetings = await db.meeting.findMany({
      select: {
        status: true,
        _count: { select: { participations: true, sources: true, evidence: true, countries: true, topics: true, tags: true } },
      },
    });
    expect(meetings).toHaveLength(5);
    for (const meeting of meetings) {
      expect(meeting.status).toBe("PUBLISHED");
      expect(meeting._count.participations).toBeGreaterThanOrEqual(2);
      expect(meeting._count.sources).toBe(1);
      expect(meeting._count.countries).toBe(2);
      expect(meeting._count.topics).toBeGreaterThan(0);
      expect(meeting._count.tags).toBeGreaterThan(0);
      expect(meeting._count.evidence).toBeGreaterThan(meeting._count.participations);
    }
    expect(logged).toEqual(["loaded 5 demo meetings"]);
    expect(await db.revision.count({ where: { entityType: "Meeting", action: "CREATE" } })).toBe(5);
  });

  it("records the Baku meeting as an analyst would", async () => {
    const meeting = await db.meeting.findFirstOrThrow({
      where: { title: "Gafarova meets CPC delegation led by Liu Jianchao" },
      select: {
        kind: true,
        date: true,
        place: true,
        locationCountryCode: true,
        countries: { select: { countryCode: true, side: true }, orderBy: { countryCode: "asc" } },
        participations: {
          orderBy: { position: "asc" },
          select: { isDelegationLead: true, side: true, person: { select: { name: true } }, organization: { select: { name: true } } },
        },
      },
    });
    expect(meeting).toMatchObject({ kind: "MEETING", place: "Baku", locationCountryCode: "AZ" });
    expect(meeting.date?.toISOString().slice(0, 10)).toBe("2024-04-02");
    expect(meeting.countries).toEqual([
      { countryCode: "AZ", side: "HOST" },
      { countryCode: "CN", side: "GUEST" },
    ]);
    expect(meeting.participations.map((p) => [p.person.name, p.side, p.isDelegationLead])).toEqual([
      ["Sahiba Gafarova", "HOST", true],
      ["Liu Jianchao", "GUEST", true],
      ["Tahir Budagov", "HOST", false],
    ]);
    expect(meeting.participations[1]?.organization?.name).toBe("International Department of the CPC Central Committee");
    const department = await db.organization.findFirstOrThrow({
      where: { name: "International Department of the CPC Central Committee" },
      select: { parent: { select: { name: true, parent: { select: { acronym: true } } } } },
    });
    expect(department.parent).toEqual({ name: "Central Committee of the Communist Party of China", parent: { acronym: "CPC" } });
  });

  it("keeps Lu Jianchao as an alias of Liu Jianchao, citing the source it came from", async () => {
    const alias = await db.personAlias.findFirstOrThrow({
      where: { alias: "Lu Jianchao" },
      select: { person: { select: { name: true } }, source: { select: { outlet: true, text: true } } },
    });
    expect(alias.person.name).toBe("Liu Jianchao");
    expect(alias.source?.outlet).toBe("Trend");
    expect(alias.source?.text).toContain("Lu Jianchao shared his thoughts");
  });

  it("stores evidence whose quote is exactly the cited slice of its source", async () => {
    const evidence = await db.evidence.findMany({
      select: { startOffset: true, endOffset: true, quote: true, field: true, participationId: true, source: { select: { text: true } } },
    });
    expect(evidence.length).toBeGreaterThan(50);
    for (const span of evidence) {
      expect(span.source.text.slice(span.startOffset, span.endOffset)).toBe(span.quote);
    }
    const fields = new Set(evidence.map((span) => span.field));
    for (const field of ["date", "place", "kind", "outcome"]) expect(fields.has(field)).toBe(true);
    const participations = await db.participation.findMany({ select: { id: true } });
    const cited = new Set(evidence.map((span) => span.participationId));
    for (const { id } of participations) expect(cited.has(id)).toBe(true);
  });

  it("makes the meetings findable by name, alias and accent-free spelling", async () => {
    expect(await searchMeetingTitles("Gafarova")).toEqual(["Gafarova meets CPC delegation led by Liu Jianchao"]);
    expect(await searchMeetingTitles("Lu Jianchao")).toEqual(["Gafarova meets CPC delegation led by Liu Jianchao"]);
    const turkish = ["Mchedlishvili receives Turkish parliamentary delegation led by Karaosmanoğlu"];
    expect(await searchMeetingTitles("Karaosmanoglu")).toEqual(turkish);
    expect(await searchMeetingTitles("Karaosmanoğlu")).toEqual(turkish);
    expect(await searchMeetingTitles("Turkiye")).toEqual(turkish);
  });

  it("does nothing on a database that already has meetings", async () => {
    await seedDemoIfEmpty(url, { log: (line) => logged.push(line), production: false });
    expect(await db.meeting.count()).toBe(5);
    expect(logged).toHaveLength(1);
  });
});
