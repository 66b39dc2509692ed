import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createTestMeeting, createTestPerson } = await import("@/lib/testing/factories");
const { deleteMeeting } = await import("@/lib/meetings/mutations");
const { getCountryPage, getCountryPairPage } = await import("@/lib/countries/queries");
const { getPersonPage } = await import("@/lib/people/queries");
const { entityCursorSchema, entityMeetingSets, entityMeetingsScope } = await import("@/lib/meetings/detail/entity-meetings");

let viewer: Awaited<ReturnType<typeof createTestAccount>>;
let analyst: Awaited<ReturnType<typeof createTestAccount>>;
beforeAll(async () => {
  [viewer, analyst] = await Promise.all([createTestAccount(db, "viewer"), createTestAccount(db, "analyst")]);
});
beforeEach(() => setRequest({ cookies: viewer.cookies }));

describe("entity pages", () => {
  it("keeps an entity's newest live meetings, deleted ones left out, for its counted lists", async () => {
    const made = [];
    for (const year of [2001, 2002, 2003, 2004]) {
      made.push(await createTestMeeting(db, { title: `Newest ${year}`, countries: [{ code: "TV" }], date: new Date(Date.UTC(year, 0, 1)) }));
    }
    setRequest({ cookies: analyst.cookies });
    await deleteMeeting(made[3]!.id, 1);
    setRequest({ cookies: viewer.cookies });
    const rows = await db.$queryRaw<{ id: string }[]>`${entityMeetingsScope(entityMeetingSets.country("TV"), 2)} SELECT n."id"::text AS "id" FROM "newest" n`;
    expect(rows.map((row) => row.id).sort()).toEqual([made[2]!.id, made[1]!.id].sort());
  });

  it("a person's page: titles over time with the meeting each was recorded at, counterparts, meetings newest first", async () => {
    const person = await createTestPerson(db, { name: "Titles Person", countryCode: "BT" });
    const other = await createTestPerson(db, { name: "Counterpart Person", countryCode: "BO" });
    const spec = (title: string) => [
      { personId: person.id, countryCode: "BT", title, isDelegationLead: true },
      { personId: other.id, countryCode: "BO" },
    ];
    const m1 = await createTestMeeting(db, { title: "As deputy", countries: [{ code: "BT" }, { code: "BO" }], participants: spec("Deputy Minister"), date: new Date("2019-03-01") });
    await createTestMeeting(db, { title: "Still deputy", countries: [{ code: "BT" }, { code: "BO" }], participants: spec("Deputy Minister"), date: new Date("2020-03-01") });
    const m3 = await createTestMeeting(db, { title: "As minister", countries: [{ code: "BT" }, { code: "BO" }], participants: spec("Minister"), date: new Date("2022-05-01") });
    const gone = await createTestMeeting(db, { title: "Deleted one", countries: [{ code: "BT" }], participants: [{ personId: person.id, title: "Ambassador" }] });
    setRequest({ cookies: analyst.cookies });
    await deleteMeeting(gone.id, 1);
    setRequest({ cookies: viewer.cookies });

    const found = await getPersonPage(person.id);
    if (found?.state !== "found") throw new Error("person not found");
    const { page } = found;
    expect(page.titles.map((t) => [t.title, t.count, t.first.meetingId, t.last.meetingId])).toEqual([
      ["Deputy Minister", 2, m1.id, expect.any(String)],
      ["Minister", 1, m3.id, m3.id],
    ]);
    expect(page.counterparts).toEqual([{ id: other.id, name: "Counterpart Person", count: 3 }]);
    expect(page.meetings.rows.map((r) => r.title)).toEqual(["As minister", "Still deputy", "As deputy"]);
    expect(page.perYear.map((p) => [p.period, p.count])).toEqual([["2019", 1], ["2020", 1], ["2021", 0], ["2022", 1]]);
    // The dates come back through json_build_object as text; the label must still be the meeting's day.
    expect(page.titles[0]!.first.dateLabel).toBe("1 Mar 2019");
    expect(page.earlierTitles).toBe(false);
  });

  it("a person's page lists the latest 50 runs of titles and says that earlier ones exist", async () => {
    const person = await createTestPerson(db, { name: "Many Titles Person", countryCode: "BT" });
    // 51 meetings whose titles alternate: 51 runs, one more than the page lists.
    for (let i = 0; i < 51; i += 1) {
      const title = i % 2 === 0 ? "Envoy" : "Adviser";
      await createTestMeeting(db, { title: `Run ${i}`, countries: [{ code: "BT" }], participants: [{ personId: person.id, countryCode: "BT", title }], date: new Date(Date.UTC(2000, 0, 1 + i)) });
    }
    const found = await getPersonPage(person.id);
    if (found?.state !== "found") throw new Error("person not found");
    expect(found.page.earlierTitles).toBe(true);
    expect(found.page.titles).toHaveLength(50);
    expect(found.page.titles.map((t) => t.first.meetingTitle).slice(0, 2)).toEqual(["Run 1", "Run 2"]);
    expect(found.page.titles.at(-1)).toMatchObject({ title: "Envoy", count: 1, first: { meetingTitle: "Run 50" } });
  });

  it("pages a country's meetings by keyset with no row twice or missed, and shows the pair from either side", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 27; i += 1) {
      const m = await createTestMeeting(db, { title: `Keyset ${i}`, countries: [{ code: "KI", side: "HOST" }, { code: "NR", side: "GUEST" }], date: new Date(Date.UTC(2010, 0, 1 + (i % 5))) });
      ids.push(m.id);
    }
    const first = (await getCountryPage("ki"))!;
    expect(first.meetings.rows).toHaveLength(25);
    const second = (await getCountryPage("KI", entityCursorSchema.parse(first.meetings.next!)))!;
    expect(second.meetings.next).toBeNull();
    const seen = [...first.meetings.rows, ...second.meetings.rows].map((r) => r.id);
    expect(new Set(seen).size).toBe(27);
    expect(seen.sort()).toEqual([...ids].sort());
    expect(first.partners).toEqual([{ id: "NR", name: expect.any(String), count: 27 }]);

    const pair = (await getCountryPairPage("NR", "KI"))!;
    expect(pair).toMatchObject({ first: { code: "NR" }, second: { code: "KI" }, total: 27 });
    // Each meeting has its own new people: the twelve most frequent on each side, once each.
    expect(pair.firstPeople.map((p) => p.count)).toEqual(Array(12).fill(1));
    expect(await getCountryPairPage("KI", "KI")).toBeNull();
    expect(await getCountryPairPage("KI", "ZZ")).toBeNull();
  });

  it("refuses the signed-out", async () => {
    setRequest();
    await expect(getCountryPage("AZ")).rejects.toMatchObject({ code: "unauthorized" });
  });
});
