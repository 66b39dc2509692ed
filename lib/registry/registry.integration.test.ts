import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createTestMeeting, createTestOrganization, createTestPerson, uniqueSuffix } = await import("@/lib/testing/factories");
const { listPeople } = await import("@/lib/registry/list-people");
const { listOrganizations } = await import("@/lib/registry/list-organizations");
const { listCountries } = await import("@/lib/registry/list-countries");
const { listTopics } = await import("@/lib/registry/list-topics");
const { REGISTRY_PAGE_SIZE } = await import("@/lib/registry/list-params");

// A made-up family name per run keeps these rows apart from the demo data and from each other.
const family = `Vorontsk${uniqueSuffix().replace(/[^a-z]/gi, "").slice(0, 4).toLowerCase()}`;

let viewer: Awaited<ReturnType<typeof createTestAccount>>;
beforeAll(async () => {
  viewer = await createTestAccount(db, "viewer");
});
beforeEach(() => setRequest({ cookies: viewer.cookies }));

const ids = (page: { rows: { id: string }[] }) => page.rows.map((row) => row.id);

describe("the people index", () => {
  it("finds a person by a misspelt alias and says which spelling matched", async () => {
    const person = await createTestPerson(db, { name: `Liu ${family}chao`, aliases: [`Lyu Dzhyan${family}`] });
    const page = await listPeople({ q: `Lyu Djyan${family}` });
    const hit = page.rows.find((row) => row.id === person.id);
    expect(hit).toMatchObject({ name: `Liu ${family}chao`, matched: `Lyu Dzhyan${family}` });
    expect(page.query.sort).toBe("match");
  });

  it("sorts by meetings, last met and name, with counts from the kept figures", async () => {
    const busy = await createTestPerson(db, { name: `Aa ${family} Busy` });
    const recent = await createTestPerson(db, { name: `Bb ${family} Recent` });
    const idle = await createTestPerson(db, { name: `Cc ${family} Idle` });
    await createTestMeeting(db, { date: new Date("2019-01-01"), participants: [{ personId: busy.id, countryCode: "AZ" }] });
    await createTestMeeting(db, { date: new Date("2019-02-01"), participants: [{ personId: busy.id, countryCode: "AZ" }] });
    await createTestMeeting(db, { date: new Date("2026-03-01"), participants: [{ personId: recent.id, countryCode: "AZ" }] });
    const q = `${family} `;
    const mine = (page: Awaited<ReturnType<typeof listPeople>>) => ids(page).filter((id) => [busy.id, recent.id, idle.id].includes(id));

    expect(mine(await listPeople({ q, sort: "meetings" }))).toEqual([busy.id, recent.id, idle.id]);
    expect(mine(await listPeople({ q, sort: "lastMet" }))).toEqual([recent.id, busy.id, idle.id]);
    // The never-met stay last whichever way the dates run.
    expect(mine(await listPeople({ q, sort: "lastMet", dir: "asc" }))).toEqual([busy.id, recent.id, idle.id]);
    expect(mine(await listPeople({ q, sort: "name", dir: "desc" }))).toEqual([idle.id, recent.id, busy.id]);
    const busyRow = (await listPeople({ q: `Aa ${family} Busy` })).rows.find((row) => row.id === busy.id);
    expect(busyRow).toMatchObject({ meetings: 2, lastMetOn: "2019-02-01" });
  });

  it("pages without overlap and shows the last page for a page past the end", async () => {
    const total = (await listPeople({})).total;
    expect(total).toBeGreaterThan(0);
    const first = await listPeople({ sort: "name" });
    expect(first.rows.length).toBe(Math.min(REGISTRY_PAGE_SIZE, total));
    const last = await listPeople({ sort: "name", page: "999" });
    expect(last.query.page).toBe(first.pageCount);
    expect(last.rows.length).toBeGreaterThan(0);
    if (first.pageCount > 1) expect(ids(last).some((id) => ids(first).includes(id))).toBe(false);
  });

  it("asks for three letters before searching people or organisations, not countries", async () => {
    expect(await listPeople({ q: "al" })).toMatchObject({ rows: [], total: 0, tooShort: true });
    expect(await listOrganizations({ q: "a" })).toMatchObject({ rows: [], tooShort: true });
    expect((await listCountries({ q: "az" })).tooShort).toBeUndefined();
  });

  it("leaves out merged people", async () => {
    const kept = await createTestPerson(db, { name: `Dd ${family} Kept` });
    const merged = await createTestPerson(db, { name: `Dd ${family} Keptt` });
    await db.person.update({ where: { id: merged.id }, data: { mergedIntoId: kept.id } });
    const found = ids(await listPeople({ q: `Dd ${family} Kept` }));
    expect(found).toContain(kept.id);
    expect(found).not.toContain(merged.id);
  });

  it("refuses a signed-out caller", async () => {
    setRequest({ cookies: {} });
    await expect(listPeople({})).rejects.toMatchObject({ code: "unauthorized" });
    await expect(listOrganizations({})).rejects.toMatchObject({ code: "unauthorized" });
    await expect(listCountries({})).rejects.toMatchObject({ code: "unauthorized" });
    await expect(listTopics({})).rejects.toMatchObject({ code: "unauthorized" });
  });
});

describe("the organisations, countries and topics indexes", () => {
  it("find an organisation by its acronym and by a misspelt name", async () => {
    const acronym = `V${family.slice(-4).toUpperCase()}`;
    const org = await createTestOrganization(db, { name: `Ministry of ${family} Affairs`, acronym });
    expect(ids(await listOrganizations({ q: acronym.toLowerCase() }))[0]).toBe(org.id);
    expect(ids(await listOrganizations({ q: `Ministry of ${family} Afairs` }))).toContain(org.id);
  });

  it("find a country by a press variant or its code, and a topic by a misspelt name", async () => {
    const turkey = await listCountries({ q: "Turkey" });
    expect(turkey.rows[0]).toMatchObject({ id: "TR", matched: "Turkey" });
    expect(ids(await listCountries({ q: "aze" }))).toContain("AZ");
    expect((await listCountries({ q: "az" })).rows[0]?.id).toBe("AZ");
    const energy = await db.topic.findUniqueOrThrow({ where: { slug: "energy" } });
    expect(ids(await listTopics({ q: energy.name.replace(/e/, "") }))).toContain(energy.id);
  });

  it("count every country of the reference data, most met first by default", async () => {
    const page = await listCountries({});
    expect(page.total).toBe(await db.country.count());
    const counts = page.rows.map((row) => row.meetings);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
