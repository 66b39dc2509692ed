import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/auth/testing/next-headers-mock"));

const { setRequest } = await import("@/lib/auth/testing/next-headers-mock");
const { createTestAccount } = await import("@/lib/auth/testing/users");
const { db } = await import("@/lib/db");
const { createMeeting } = await import("@/lib/meetings/mutations");
const { getMeetingById, listMeetings } = await import("@/lib/meetings/queries");
const { refreshMeetingSearchVector } = await import("@/lib/meetings/search-vector");

type Account = Awaited<ReturnType<typeof createTestAccount>>;
let analyst: Account;
let viewer: Account;
let admin: Account;
const ids: Record<string, string> = {};

const as = (account: Account) => setRequest({ cookies: account.cookies });

beforeAll(async () => {
  [analyst, viewer, admin] = await Promise.all([
    createTestAccount(db, "analyst"),
    createTestAccount(db, "viewer"),
    createTestAccount(db, "admin"),
  ]);
  as(analyst);
  ids.baku = (
    await createMeeting({
      title: "Gafarova receives CPC delegation",
      kind: "MEETING",
      status: "PUBLISHED",
      date: "2024-04-02",
      place: "Baku",
      locationCountryCode: "AZ",
      countries: [
        { countryCode: "AZ", side: "HOST" },
        { countryCode: "CN", side: "GUEST" },
      ],
      participants: [
        { name: "Sahiba Gafarova", title: "Speaker", organization: "Milli Majlis", countryCode: "AZ", side: "HOST", isDelegationLead: true },
        { name: "Liu Jianchao", title: "Head of the CPC International Department", countryCode: "CN", side: "GUEST", isDelegationLead: true },
      ],
      tags: ["Caucasus"],
      sources: [{ outlet: "Trend", publishedOn: "2024-04-02", text: "The sides discussed the Zangezur corridor at length." }],
    })
  ).id;
  ids.tbilisi = (
    await createMeeting({
      title: "Parliamentary consultations in Tbilisi",
      kind: "TALKS",
      status: "DRAFT",
      date: "2025-01-15",
      datePrecision: "MONTH",
      countries: [{ countryCode: "GE", side: "HOST" }],
    })
  ).id;
  ids.astana = (
    await createMeeting({
      title: "Austrian minister visits Astana",
      kind: "VISIT",
      status: "PUBLISHED",
      date: "2025-06-12",
      countries: [
        { countryCode: "KZ", side: "HOST" },
        { countryCode: "AT", side: "GUEST" },
      ],
    })
  ).id;
  ids.deleted = (
    await createMeeting({ title: "Withdrawn record", kind: "CALL", date: "2023-03-01", countries: [{ countryCode: "AZ" }] })
  ).id;
  await db.meeting.update({ where: { id: ids.deleted }, data: { deletedAt: new Date() } });

  // An alias recorded later must be searchable once the vector is refreshed.
  const liu = await db.person.findFirstOrThrow({ where: { name: "Liu Jianchao" }, select: { id: true } });
  await db.personAlias.create({ data: { personId: liu.id, alias: "Lu Jianchao" } });
  await db.$transaction((tx) => refreshMeetingSearchVector(tx, ids.baku!));
});

beforeEach(() => as(viewer));

describe("listMeetings", () => {
  it("refuses a caller who is not signed in", async () => {
    setRequest();
    await expect(listMeetings()).rejects.toMatchObject({ code: "unauthorized" });
  });

  it("lists live meetings newest first with the total, for any signed-in role", async () => {
    const list = await listMeetings();
    expect(list.rows.map((row) => row.id)).toEqual([ids.astana, ids.tbilisi, ids.baku]);
    expect(list).toMatchObject({ total: 3, page: 1, pageCount: 1, capped: false });
    const baku = list.rows[2]!;
    expect(baku).toMatchObject({
      dateLabel: "2 Apr 2024",
      countries: [
        { code: "AZ", side: "HOST" },
        { code: "CN", side: "GUEST" },
      ],
      tags: ["Caucasus"],
    });
    expect(baku.leads.map((lead) => lead.name)).toEqual(["Sahiba Gafarova", "Liu Jianchao"]);
    expect(list.rows[1]!.dateLabel).toBe("Jan 2025");
  });

  it("finds meetings by participant name, by alias and by source text", async () => {
    expect((await listMeetings({ q: "Gafarova" })).rows.map((r) => r.id)).toEqual([ids.baku]);
    expect((await listMeetings({ q: "Lu Jianchao" })).rows.map((r) => r.id)).toEqual([ids.baku]);
    expect((await listMeetings({ q: "Zangezur" })).rows.map((r) => r.id)).toEqual([ids.baku]);
    expect((await listMeetings({ q: "gafárova" })).rows.map((r) => r.id)).toEqual([ids.baku]);
    expect(await listMeetings({ q: "Pyongyang" })).toMatchObject({ rows: [], total: 0 });
  });

  it("filters by kind, status, country and date range", async () => {
    const only = async (input: Parameters<typeof listMeetings>[0]) => (await listMeetings(input)).rows.map((r) => r.id);
    expect(await only({ kinds: ["VISIT", "TALKS"] })).toEqual([ids.astana, ids.tbilisi]);
    expect(await only({ status: "DRAFT" })).toEqual([ids.tbilisi]);
    expect(await only({ country: "AT" })).toEqual([ids.astana]);
    expect(await only({ from: "2024-01-01", to: "2024-12-31" })).toEqual([ids.baku]);
    expect(await only({ q: "Gafarova", country: "GE" })).toEqual([]);
  });

  it("sorts only by the allowed keys, in either direction", async () => {
    const titles = (await listMeetings({ sort: "title", dir: "asc" })).rows.map((r) => r.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    const oldest = await listMeetings({ sort: "date", dir: "asc" });
    expect(oldest.rows[0]!.id).toBe(ids.baku);
    await expect(listMeetings({ sort: "password" as never })).rejects.toMatchObject({ code: "validation" });
    // Relevance needs a search; without one the list stays newest first.
    expect((await listMeetings({ sort: "relevance" })).rows[0]!.id).toBe(ids.astana);
  });

  it("pages through results and caps the page size", async () => {
    const second = await listMeetings({ pageSize: 2, page: 2 });
    expect(second).toMatchObject({ total: 3, pageCount: 2, page: 2 });
    expect(second.rows.map((r) => r.id)).toEqual([ids.baku]);
    await expect(listMeetings({ pageSize: 500 })).rejects.toMatchObject({ code: "validation" });
    await expect(listMeetings({ page: 0 })).rejects.toMatchObject({ code: "validation" });
  });

  it("hides soft-deleted meetings from everyone but admins who ask for them", async () => {
    as(analyst);
    expect((await listMeetings({ includeDeleted: true })).rows.map((r) => r.id)).not.toContain(ids.deleted);
    expect((await listMeetings({ q: "withdrawn" })).total).toBe(0);
    as(admin);
    expect((await listMeetings()).rows.map((r) => r.id)).not.toContain(ids.deleted);
    const withDeleted = await listMeetings({ includeDeleted: true });
    expect(withDeleted.rows.find((r) => r.id === ids.deleted)).toMatchObject({ deleted: true });
  });

  it("counts a country's meetings without the deleted ones, unless an admin asks for them", async () => {
    // A country as the only filter is counted from MeetingCountry (count-meetings.ts).
    as(analyst);
    const live = await listMeetings({ country: "AZ" });
    expect(live.total).toBe(live.rows.length);
    expect(live.rows.map((r) => r.id)).not.toContain(ids.deleted);
    as(admin);
    const all = await listMeetings({ country: "AZ", includeDeleted: true });
    expect(all.total).toBe(live.total + 1);
    expect(all.rows.map((r) => r.id)).toContain(ids.deleted);
    expect((await listMeetings({ country: "AZ", kinds: ["CALL"], includeDeleted: true })).total).toBe(1);
  });
});

describe("getMeetingById", () => {
  it("returns the permalink's participants, countries, tags and source text", async () => {
    const meeting = await getMeetingById(ids.baku!);
    expect(meeting).toMatchObject({
      title: "Gafarova receives CPC delegation",
      kind: "MEETING",
      place: "Baku",
      locationCountry: { code: "AZ" },
      version: 1,
      createdBy: "Test analyst",
      countries: [
        { code: "AZ", side: "HOST" },
        { code: "CN", side: "GUEST" },
      ],
      tags: [{ name: "Caucasus" }],
    });
    expect(meeting!.participants).toEqual([
      expect.objectContaining({ name: "Sahiba Gafarova", title: "Speaker", organization: "Milli Majlis", isDelegationLead: true }),
      expect.objectContaining({ name: "Liu Jianchao", aliases: ["Lu Jianchao"], side: "GUEST" }),
    ]);
    expect(meeting!.sources[0]).toMatchObject({ outlet: "Trend", publishedOn: "2024-04-02", evidenceCount: 0 });
    expect(meeting!.sources[0]!.segments.map((s) => s.text).join("")).toContain("Zangezur corridor");
  });

  it("highlights evidence spans in the source text", async () => {
    const source = await db.source.findFirstOrThrow({ where: { meetingId: ids.baku }, select: { id: true, text: true } });
    const start = source.text.indexOf("Zangezur");
    await db.evidence.create({
      data: { meetingId: ids.baku!, sourceId: source.id, startOffset: start, endOffset: start + 8, quote: "Zangezur", field: "summary" },
    });
    const meeting = await getMeetingById(ids.baku!);
    expect(meeting!.sources[0]!.segments).toContainEqual({ text: "Zangezur", evidence: ["summary"] });
  });

  it("answers null for unknown ids, malformed ids and, except for admins, deleted meetings", async () => {
    await expect(getMeetingById("not-a-uuid")).resolves.toBeNull();
    await expect(getMeetingById("01890a5d-ac96-774b-bcce-b302099a8057")).resolves.toBeNull();
    await expect(getMeetingById(ids.deleted!)).resolves.toBeNull();
    as(admin);
    await expect(getMeetingById(ids.deleted!)).resolves.toMatchObject({ title: "Withdrawn record" });
  });

  it("refuses a caller who is not signed in", async () => {
    setRequest();
    await expect(getMeetingById(ids.baku!)).rejects.toMatchObject({ code: "unauthorized" });
  });
});
