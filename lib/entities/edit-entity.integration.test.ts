import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createTestMeeting, createTestOrganization, createTestPerson } = await import("@/lib/testing/factories");
const { updatePerson } = await import("@/lib/people/mutations");
const { updateOrganization } = await import("@/lib/organizations/mutations");
const { getPersonPage } = await import("@/lib/people/queries");
const { getOrganizationPage } = await import("@/lib/organizations/queries");
const { listEntityHistory } = await import("@/lib/entities/history");
const { searchMeetings } = await import("@/lib/meetings/search/search-meetings");
const { listPeople } = await import("@/lib/registry/list-people");
const { listOrganizations } = await import("@/lib/registry/list-organizations");
const { updatePersonAction } = await import("@/app/(workbench)/people/[id]/actions");

type Account = Awaited<ReturnType<typeof createTestAccount>>;
let analyst: Account;
let otherAnalyst: Account;
let viewer: Account;
beforeAll(async () => {
  [analyst, otherAnalyst, viewer] = await Promise.all([createTestAccount(db, "analyst"), createTestAccount(db, "analyst"), createTestAccount(db, "viewer")]);
});
beforeEach(() => setRequest({ cookies: analyst.cookies }));

/** A made-up word per call, letters only, so searches find these rows and nothing else. */
const word = (stem: string) => `${stem}${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};

const found = async (q: string) => (await searchMeetings({ q })).rows.map((row) => row.id);

/** Whether the meeting's own search vector (what the unit of work refreshes) holds the word. */
async function vectorHolds(meetingId: string, term: string): Promise<boolean> {
  const [row] = await db.$queryRaw<{ hit: boolean }[]>`SELECT "searchVector" @@ plainto_tsquery('parley', ${term}) AS "hit" FROM "Meeting" WHERE "id" = ${meetingId}::uuid`;
  return row!.hit;
}

describe("editing a person", () => {
  it("saves name, country, notes and Wikidata id as one revision, listed in the person's history, counts untouched", async () => {
    const person = await createTestPerson(db, { countryCode: "KZ" });
    await createTestMeeting(db, { participants: [{ personId: person.id, countryCode: "KZ" }, { countryCode: "CN" }] });
    const statsBefore = await db.personMeetingStats.findUniqueOrThrow({ where: { personId: person.id } });

    setRequest({ cookies: viewer.cookies });
    await expect(updatePerson({ id: person.id, expectedVersion: 1, name: "Viewer's name" })).rejects.toMatchObject({ code: "forbidden" });
    setRequest({ cookies: analyst.cookies });

    await expect(updatePerson({ id: person.id, expectedVersion: 1, name: person.name, wikidataId: "42" })).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { wikidataId: [expect.stringContaining("Q42")] },
    });
    const saved = await updatePerson({ id: person.id, expectedVersion: 1, name: person.name, countryCode: "AZ", notes: "Speaker since 2020.", wikidataId: "https://www.wikidata.org/wiki/q1234" });
    expect(saved).toEqual({ version: 2, changed: true });
    // The same values again change nothing and add no revision.
    expect(await updatePerson({ id: person.id, expectedVersion: 2, name: person.name, countryCode: "AZ", notes: "Speaker since 2020.", wikidataId: "Q1234" })).toEqual({ version: 2, changed: false });

    const page = await getPersonPage(person.id);
    expect(page?.state === "found" && page.page.person).toMatchObject({ countryCode: "AZ", notes: "Speaker since 2020.", wikidataId: "Q1234", version: 2 });
    const history = await listEntityHistory("Person", person.id);
    expect(history).toHaveLength(1);
    // The page reads its history in its own one statement (issue 19): the same entries.
    expect(page?.state === "found" && page.page.history).toEqual(history);
    expect(history[0]).toMatchObject({ action: "UPDATE", actor: expect.any(String) });
    expect(history[0]!.changes).toEqual([
      { field: "Country", from: "KZ", to: "AZ" },
      { field: "Notes", from: "—", to: "Speaker since 2020." },
      { field: "Wikidata id", from: "—", to: "Q1234" },
    ]);
    expect(await db.personMeetingStats.findUniqueOrThrow({ where: { personId: person.id } })).toEqual(statsBefore);

    // A Wikidata item names one live person: a second is told to merge instead.
    const other = await createTestPerson(db);
    await expect(updatePerson({ id: other.id, expectedVersion: 1, name: other.name, wikidataId: "Q1234" })).rejects.toMatchObject({
      fieldErrors: { wikidataId: [expect.stringContaining("merge them")] },
    });
  });

  it("refuses a save from a stale version with what is saved now, overwriting nothing; the form keeps the analyst's typing", async () => {
    const person = await createTestPerson(db, { name: word("Stale ") });
    // Both analysts opened the form at version 1; the other one saves first.
    setRequest({ cookies: otherAnalyst.cookies });
    await updatePerson({ id: person.id, expectedVersion: 1, name: person.name, notes: "Theirs" });

    setRequest({ cookies: analyst.cookies });
    const typed = { id: person.id, expectedVersion: "1", name: person.name, countryCode: "", notes: "Mine", wikidataId: "" };
    const state = await updatePersonAction({ status: "idle", values: {} }, form(typed));
    expect(state).toMatchObject({ status: "conflict", values: typed, current: { expectedVersion: "2", notes: "Theirs" } });
    expect((await db.person.findUniqueOrThrow({ where: { id: person.id } })).notes).toBe("Theirs");
    expect(await db.revision.count({ where: { entityType: "Person", entityId: person.id } })).toBe(1);

    // Saved again on top of the version just read, deliberately.
    expect(await updatePersonAction(state, form({ ...typed, expectedVersion: "2" }))).toMatchObject({ status: "saved", values: { expectedVersion: "3" } });
    expect((await db.person.findUniqueOrThrow({ where: { id: person.id } })).notes).toBe("Mine");

    // A bad value comes back beside its field with everything typed.
    const bad = { ...typed, expectedVersion: "3", name: "", notes: "Still here" };
    expect(await updatePersonAction(state, form(bad))).toMatchObject({ status: "invalid", values: bad, fieldErrors: { name: [expect.any(String)] } });
  });

  it("keeps a renamed person findable by the old name and the new, in the meetings' search and the registry", async () => {
    const [oldFamily, newFamily] = [word("Zarq"), word("Quux")];
    const person = await createTestPerson(db, { name: `Aida ${oldFamily}` });
    const meeting = await createTestMeeting(db, { participants: [{ personId: person.id, countryCode: "KZ" }, { countryCode: "CN" }] });
    expect(await vectorHolds(meeting.id, newFamily)).toBe(false);

    await updatePerson({ id: person.id, expectedVersion: 1, name: `Aida ${newFamily}`, countryCode: "KZ" });

    // Re-indexed in the same transaction: the meeting's own words hold the new name and the old.
    expect(await vectorHolds(meeting.id, newFamily)).toBe(true);
    expect(await vectorHolds(meeting.id, oldFamily)).toBe(true);
    expect(await found(newFamily)).toEqual([meeting.id]);
    expect(await found(oldFamily)).toEqual([meeting.id]);
    for (const q of [oldFamily, newFamily]) expect((await listPeople({ q })).rows.map((r) => r.id)).toEqual([person.id]);
    expect(await db.personAlias.findMany({ where: { personId: person.id }, select: { alias: true } })).toEqual([{ alias: `Aida ${oldFamily}` }]);
    const [rename] = await listEntityHistory("Person", person.id);
    expect(rename).toMatchObject({ changes: [{ field: "Name", from: `Aida ${oldFamily}`, to: `Aida ${newFamily}` }], note: expect.stringContaining("kept as a spelling") });

    // Renamed back: the old name is live again, and the spelling stays (it names the person too).
    await updatePerson({ id: person.id, expectedVersion: 2, name: `Aida ${oldFamily}`, countryCode: "KZ" });
    expect(await db.personAlias.count({ where: { personId: person.id } })).toBe(2);
  });

  it("refuses a merged person's form", async () => {
    const [keep, dup] = [await createTestPerson(db), await createTestPerson(db)];
    await db.person.update({ where: { id: dup.id }, data: { mergedIntoId: keep.id } });
    await expect(updatePerson({ id: dup.id, expectedVersion: 1, name: "Anything" })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("editing an organisation", () => {
  it("saves name, acronym, country, notes and Wikidata id as a revision; its meetings are found by the new name and the old", async () => {
    const [oldWord, newWord] = [word("Ministryof"), word("Chancery")];
    const organization = await createTestOrganization(db, { name: `${oldWord} Affairs`, countryCode: "KZ" });
    const meeting = await createTestMeeting(db, { participants: [{ organizationId: organization.id, countryCode: "KZ" }, { countryCode: "CN" }] });
    const stale = { id: organization.id, expectedVersion: 1, name: `${newWord} Affairs`, acronym: "CHX", countryCode: "KZ", notes: "Renamed in 2024.", wikidataId: "Q7184" };
    expect(await updateOrganization(stale)).toEqual({ version: 2, changed: true });
    await expect(updateOrganization({ ...stale, notes: "Another note" })).rejects.toMatchObject({ code: "conflict", current: { expectedVersion: "2", notes: "Renamed in 2024." } });

    const page = await getOrganizationPage(organization.id);
    expect(page?.state === "found" && page.page.organization).toMatchObject({ name: `${newWord} Affairs`, acronym: "CHX", notes: "Renamed in 2024.", wikidataId: "Q7184", version: 2 });
    expect(await vectorHolds(meeting.id, newWord)).toBe(true);
    expect(await found(newWord)).toEqual([meeting.id]);
    // The old name is a spelling now: no meeting's words hold it, the search matches it by name.
    expect(await found(oldWord)).toEqual([meeting.id]);
    expect((await listOrganizations({ q: oldWord })).rows.map((r) => r.id)).toEqual([organization.id]);

    const history = await listEntityHistory("Organization", organization.id);
    const [edit] = history;
    expect(edit!.changes.map((c) => c.field)).toEqual(["Name", "Acronym", "Notes", "Wikidata id"]);
    // The page reads its history, its people and its merges in its own one statement (issue 19).
    expect(page?.state === "found" && page.page.history).toEqual(history);
    expect(page?.state === "found" && page.page.people.map((p) => p.count)).toEqual([1]);
    expect(page?.state === "found" && [page.page.mergedFrom, page.page.mergeJob]).toEqual([[], null]);
    expect(await db.organizationMeetingStats.findUniqueOrThrow({ where: { organizationId: organization.id } })).toMatchObject({ meetings: 1 });
  });
});
