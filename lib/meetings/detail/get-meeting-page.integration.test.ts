import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createTestMeeting, createTestPerson } = await import("@/lib/testing/factories");
const { getMeetingPage } = await import("@/lib/meetings/detail/get-meeting-page");

let viewer: Awaited<ReturnType<typeof createTestAccount>>;
beforeAll(async () => {
  viewer = await createTestAccount(db, "viewer");
});
beforeEach(() => setRequest({ cookies: viewer.cookies }));

const SOURCE_TEXT =
  "BAKU, Azerbaijan, April 2. Speaker Sahiba Gafarova met a delegation led by Lu Jianchao. They discussed the Zangezur corridor.";

describe("the permalink's record (any signed-in role)", () => {
  it("shows participants with titles, organisations, sides and aliases with the source they were seen in", async () => {
    const liu = await createTestPerson(db, { name: `Liu Jianchao ${Date.now()}`, countryCode: "CN" });
    const meeting = await createTestMeeting(db, {
      title: "Gafarova receives CPC delegation",
      participants: [
        { name: `Sahiba Gafarova ${Date.now()}`, countryCode: "AZ", side: "HOST", isDelegationLead: true, title: "Speaker" },
        { personId: liu.id, countryCode: "CN", side: "GUEST", isDelegationLead: true, title: "Head of the CPC International Department" },
      ],
      sources: [{ outlet: "Trend", text: SOURCE_TEXT }],
    });
    await db.personAlias.create({ data: { personId: liu.id, alias: "Lu Jianchao", sourceId: meeting.sourceIds[0]! } });

    const page = await getMeetingPage(meeting.id);
    if (page?.state !== "shown") throw new Error(`expected the record, got ${page?.state ?? "null"}`);
    expect(page.view.participants).toEqual([
      expect.objectContaining({ title: "Speaker", side: "HOST", isDelegationLead: true, countryCode: "AZ" }),
      expect.objectContaining({
        personId: liu.id,
        side: "GUEST",
        aliases: [expect.objectContaining({ alias: "Lu Jianchao", source: expect.objectContaining({ meetingId: meeting.id, outlet: "Trend" }) })],
      }),
    ]);
    expect(page.view.sources[0]!.segments.map((segment) => segment.text).join("")).toBe(SOURCE_TEXT);
  });

  it("marks each evidence span in the source text with what it supports", async () => {
    const meeting = await createTestMeeting(db, { sources: [{ text: SOURCE_TEXT }] });
    const start = SOURCE_TEXT.indexOf("Zangezur");
    await db.evidence.create({
      data: { meetingId: meeting.id, sourceId: meeting.sourceIds[0]!, startOffset: start, endOffset: start + 8, quote: "Zangezur", field: "summary" },
    });

    const page = await getMeetingPage(meeting.id);
    if (page?.state !== "shown") throw new Error(`expected the record, got ${page?.state ?? "null"}`);
    const marked = page.view.sources[0]!.segments.filter((segment) => segment.evidence?.length);
    expect(marked).toEqual([{ text: "Zangezur", evidence: [expect.objectContaining({ key: "field:summary" })] }]);
    expect(page.view.evidencedKeys).toContain("field:summary");
  });
});
