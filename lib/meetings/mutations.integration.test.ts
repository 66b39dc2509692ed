import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/auth/testing/next-headers-mock"));

const { setRequest } = await import("@/lib/auth/testing/next-headers-mock");
const { createTestAccount } = await import("@/lib/auth/testing/users");
const { db } = await import("@/lib/db");
const { createMeeting } = await import("@/lib/meetings/mutations");
const { listMeetings } = await import("@/lib/meetings/queries");

type Account = Awaited<ReturnType<typeof createTestAccount>>;
let analyst: Account;
let viewer: Account;
let topicIds: string[];

const valid = {
  title: "Foreign ministers meet in Astana",
  kind: "MEETING",
  date: "2025-06-12",
  countries: [
    { countryCode: "KZ", side: "HOST" },
    { countryCode: "AT", side: "GUEST" },
  ],
};

beforeAll(async () => {
  [analyst, viewer] = await Promise.all([createTestAccount(db, "analyst"), createTestAccount(db, "viewer")]);
  topicIds = (await db.topic.findMany({ select: { id: true }, orderBy: { name: "asc" }, take: 2 })).map((t) => t.id);
});

beforeEach(() => setRequest({ cookies: analyst.cookies }));

describe("createMeeting", () => {
  it("refuses viewers and signed-out callers and writes nothing", async () => {
    const before = await db.meeting.count();
    setRequest({ cookies: viewer.cookies });
    await expect(createMeeting(valid)).rejects.toMatchObject({ code: "forbidden" });
    setRequest();
    await expect(createMeeting(valid)).rejects.toMatchObject({ code: "unauthorized" });
    expect(await db.meeting.count()).toBe(before);
  });

  it("reports each invalid field by its path", async () => {
    const error = await createMeeting({
      title: " ",
      kind: "PICNIC",
      date: "2024-02-30",
      countries: [],
      participants: [{ name: "" }],
      source: { outlet: "Trend", url: "javascript:alert(1)", text: "" },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "validation" });
    const fields = Object.keys((error as { fieldErrors: Record<string, string[]> }).fieldErrors);
    expect(fields).toEqual(
      expect.arrayContaining(["title", "kind", "date", "countries", "participants.0.name", "source.url", "source.text"]),
    );
  });

  it("names an unknown country or topic instead of failing on a foreign key", async () => {
    await expect(
      createMeeting({ ...valid, countries: [{ countryCode: "ZZ" }], topicIds: ["01890a5d-ac96-774b-bcce-b302099a8057"] }),
    ).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { "countries.0.countryCode": [expect.any(String)], topicIds: [expect.any(String)] },
    });
  });

  it("saves the meeting with its participants, topics, tags and source, a CREATE revision and a search vector", async () => {
    const { id } = await createMeeting({
      ...valid,
      datePrecision: "MONTH",
      topicIds,
      tags: ["Energy", "energy ", "Éclairage"],
      participants: [
        { name: "Aibek Nurlanov", title: "Minister of Foreign Affairs", organization: "MFA of Kazakhstan", countryCode: "KZ", side: "HOST", isDelegationLead: true },
        { name: "Katharina Holzner", organization: "BMEIA", countryCode: "AT", side: "GUEST", isDelegationLead: true },
      ],
      source: { outlet: "MFA of Kazakhstan", url: "https://example.org/readout", publishedOn: "2025-06-12", text: "Green hydrogen was on the agenda." },
    });

    const meeting = await db.meeting.findUniqueOrThrow({
      where: { id },
      include: { participations: { include: { person: true, organization: true } }, topics: true, tags: { include: { tag: true } }, sources: true },
    });
    // Month precision stores the first day of the month.
    expect(meeting.date?.toISOString().slice(0, 10)).toBe("2025-06-01");
    expect(meeting).toMatchObject({ createdById: analyst.id, updatedById: analyst.id, version: 1, status: "DRAFT" });
    expect(meeting.participations.map((p) => [p.person.name, p.organization?.name, p.position])).toEqual([
      ["Aibek Nurlanov", "MFA of Kazakhstan", 0],
      ["Katharina Holzner", "BMEIA", 1],
    ]);
    expect(meeting.topics).toHaveLength(topicIds.length);
    expect(meeting.tags.map((t) => t.tag.name).sort()).toEqual(["Energy", "Éclairage"]);
    expect(meeting.sources[0]).toMatchObject({ outlet: "MFA of Kazakhstan", createdById: analyst.id });

    const revisions = await db.revision.findMany({ where: { entityType: "Meeting", entityId: id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ action: "CREATE", version: 1, actorId: analyst.id, before: null });
    expect(revisions[0]!.after).toMatchObject({
      title: valid.title,
      date: "2025-06-01T00:00:00.000Z",
      datePrecision: "MONTH",
      topics: [...topicIds].sort().map((topicId) => ({ topicId })),
      participations: [{ personId: meeting.participations[0]!.personId }, { personId: meeting.participations[1]!.personId }],
      sources: [{ id: meeting.sources[0]!.id, outlet: "MFA of Kazakhstan" }],
    });

    const [vector] = await db.$queryRaw<{ set: boolean }[]>`
      SELECT "searchVector" IS NOT NULL AS "set" FROM "Meeting" WHERE "id" = ${id}::uuid`;
    expect(vector?.set).toBe(true);
    expect((await listMeetings({ q: "Holzner" })).rows.map((r) => r.id)).toEqual([id]);
    expect((await listMeetings({ q: "hydrogen" })).rows.map((r) => r.id)).toEqual([id]);
  });

  it("reuses a known person and organisation, matching names without regard to case", async () => {
    await createMeeting({ ...valid, title: "First", participants: [{ name: "Thomas Reisinger", organization: "Embassy of Austria", countryCode: "AT" }] });
    await createMeeting({ ...valid, title: "Second", participants: [{ name: "thomas reisinger", organization: "EMBASSY OF AUSTRIA" }] });
    expect(await db.person.count({ where: { name: { equals: "Thomas Reisinger", mode: "insensitive" } } })).toBe(1);
    expect(await db.organization.count({ where: { name: { equals: "Embassy of Austria", mode: "insensitive" } } })).toBe(1);
  });

  it("keeps two people of the same name apart when their countries differ", async () => {
    await createMeeting({ ...valid, title: "Third", participants: [{ name: "Wang Lihua", countryCode: "CN" }] });
    await createMeeting({ ...valid, title: "Fourth", participants: [{ name: "Wang Lihua", countryCode: "SG" }] });
    expect(await db.person.count({ where: { name: "Wang Lihua" } })).toBe(2);
  });

  it("refuses the same participant twice", async () => {
    await expect(
      createMeeting({ ...valid, participants: [{ name: "Nino Kavtaradze" }, { name: "nino kavtaradze" }] }),
    ).rejects.toMatchObject({ code: "validation", fieldErrors: { participants: [expect.any(String)] } });
  });
});
