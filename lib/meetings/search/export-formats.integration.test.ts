import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createMeeting } = await import("@/lib/meetings/mutations");
const { exportMeetings } = await import("@/lib/meetings/search/export-meetings");
const { readCsv } = await import("@/lib/testing/read-csv");

const TEXT = "ANKARA, May 5. Hakan Fidan hosted Jeyhun Bayramov and Ilia Darchiashvili for talks on the Middle Corridor.";
const span = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length, quote, sourceIndex: 0 });

let meetingId: string;
let topicId: string;

beforeAll(async () => {
  setRequest({ cookies: (await createTestAccount(db, "analyst")).cookies });
  topicId = (await db.topic.create({ data: { slug: `corridor-${crypto.randomUUID()}`, name: `Corridor ${crypto.randomUUID()}` }, select: { id: true } })).id;
  ({ id: meetingId } = await createMeeting({
    title: "Mediated corridor talks in Ankara",
    kind: "MEDIATION",
    status: "PUBLISHED",
    date: "2025-05-05",
    countries: [
      { countryCode: "TR", side: "THIRD_PARTY" },
      { countryCode: "AZ", side: "GUEST" },
      { countryCode: "GE", side: "GUEST" },
    ],
    participants: [
      { name: "Hakan Fidan", countryCode: "TR", side: "THIRD_PARTY", organization: "Ministry of Foreign Affairs of Türkiye" },
      { name: "Jeyhun Bayramov", countryCode: "AZ", side: "GUEST" },
    ],
    topicIds: [topicId],
    tags: ["Middle Corridor"],
    sources: [{ outlet: "Anadolu", text: TEXT }],
    evidence: [
      { ...span("Hakan Fidan"), target: { type: "participant", index: 0 } },
      { ...span("ANKARA"), target: { type: "field", field: "place" } },
    ],
  }));
});

const download = async (format: string) => {
  const result = await exportMeetings(`http://localhost/meetings/export?format=${format}&q=corridor`);
  return { ...result, text: await new Response(result.body).text() };
};

describe("export formats", () => {
  it("exports JSON with the ids of people, organisations, countries, topics and tags, and the evidence spans", async () => {
    const { text, contentType } = await download("json");
    expect(contentType).toMatch(/^application\/json/);
    const [meeting] = (JSON.parse(text) as Record<string, unknown>[]).filter((row) => row.id === meetingId);
    const people = await db.participation.findMany({ where: { meetingId }, orderBy: { position: "asc" }, select: { personId: true, organizationId: true } });
    const tag = await db.meetingTag.findFirstOrThrow({ where: { meetingId }, select: { tag: { select: { id: true, name: true } } } });
    const source = await db.source.findFirstOrThrow({ where: { meetingId }, select: { id: true } });
    expect(meeting).toMatchObject({
      countries: expect.arrayContaining([{ code: "TR", alpha3: "TUR", side: "THIRD_PARTY" }, { code: "AZ", alpha3: "AZE", side: "GUEST" }]),
      participants: [
        { personId: people[0]!.personId, organizationId: people[0]!.organizationId, name: "Hakan Fidan" },
        { personId: people[1]!.personId, organizationId: null, name: "Jeyhun Bayramov" },
      ],
      topics: [{ id: topicId }],
      tags: [tag.tag],
      sources: [{ id: source.id, outlet: "Anadolu" }],
    });
    expect(people[0]!.organizationId).not.toBeNull();
    const evidence = (meeting as { evidence: { sourceId: string; start: number; end: number; quote: string; personId: string | null; field: string | null }[] }).evidence;
    expect(evidence).toHaveLength(2);
    for (const passage of evidence) {
      expect(passage.sourceId).toBe(source.id);
      expect(TEXT.slice(passage.start, passage.end)).toBe(passage.quote);
    }
    expect(evidence.find((passage) => passage.quote === "Hakan Fidan")?.personId).toBe(people[0]!.personId);
    expect(evidence.find((passage) => passage.quote === "ANKARA")?.field).toBe("place");
  });

  it("exports CAMEO events: the mediator acting on each party, actors in alpha-3, in a CSV of its own", async () => {
    const { text, contentType, filename } = await download("events");
    expect(contentType).toMatch(/^text\/csv/);
    expect(filename).toMatch(/^parley-events-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = readCsv(text).filter((row) => row.meeting_id === meetingId);
    expect(rows.map((row) => [row.event_date, row.source_country, row.target_country, row.cameo_code])).toEqual([
      ["2025-05-05", "TUR", "AZE", "045"],
      ["2025-05-05", "TUR", "GEO", "045"],
    ]);
  });

  it("keeps the meetings CSV as it was: names, no ids or evidence", async () => {
    const rows = readCsv((await download("csv")).text).filter((row) => row.id === meetingId);
    expect(rows).toEqual([expect.objectContaining({ tags: "Middle Corridor", countries: expect.stringContaining("TR (third_party)") })]);
    expect(Object.keys(rows[0]!)).not.toContain("evidence");
  });
});
