import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createTestMeeting, createTestOrganization, createTestPerson, createTestTag, uniqueSuffix } = await import("@/lib/testing/factories");
const { findPeople } = await import("@/lib/lookup/people");
const { findOrganizations } = await import("@/lib/lookup/organizations");
const { findTags } = await import("@/lib/lookup/tags");

// A made-up surname per run keeps these tests apart from the demo data and from each other.
const family = `Zhelvakov${uniqueSuffix().replace(/[^a-z]/gi, "").slice(0, 4)}`;

beforeAll(async () => {
  const viewer = await createTestAccount(db, "viewer");
  setRequest({ cookies: viewer.cookies });
});

describe("person lookup", () => {
  it("finds a person by an alias, accents aside, and says which spelling matched", async () => {
    const person = await createTestPerson(db, { name: `Ilhám ${family}`, aliases: [`Ilkham ${family}ov`] });
    const found = await findPeople(`ilkham ${family}ov`);
    const hit = found.find((option) => option.id === person.id);
    expect(hit?.label).toBe(`Ilhám ${family}`);
    expect(hit?.hint).toContain(`also “Ilkham ${family}ov”`);
    expect((await findPeople(`ILHAM ${family}`)).map((o) => o.id)).toContain(person.id);
  });

  it("forgives a small misspelling and shows the latest title and last meeting", async () => {
    const person = await createTestPerson(db, { name: `Liu ${family}chao`, countryCode: "CN" });
    await createTestMeeting(db, { title: `Talks with ${family}`, participants: [{ personId: person.id, title: "Head of the department", countryCode: "CN" }] });
    const found = await findPeople(`Lu ${family}chao`);
    expect(found[0]?.id).toBe(person.id);
    expect(found[0]?.hint).toContain("Head of the department");
    expect(found[0]?.hint).toContain("China");
    expect(found[0]?.hint).toContain(`Talks with ${family}`);
  });

  it("leaves out merged people and treats LIKE wildcards as text", async () => {
    const kept = await createTestPerson(db, { name: `Kept ${family}` });
    const merged = await createTestPerson(db, { name: `Kept ${family}x` });
    await db.person.update({ where: { id: merged.id }, data: { mergedIntoId: kept.id } });
    const ids = (await findPeople(`Kept ${family}`)).map((o) => o.id);
    expect(ids).toContain(kept.id);
    expect(ids).not.toContain(merged.id);
    expect(await findPeople("%%")).toEqual([]);
  });

  it("refuses a signed-out caller", async () => {
    setRequest({ cookies: {} });
    await expect(findPeople("anything")).rejects.toMatchObject({ code: "unauthorized" });
    setRequest({ cookies: (await createTestAccount(db, "viewer")).cookies });
  });
});

describe("organisation and tag lookup", () => {
  it("finds an organisation by its acronym and by a misspelt name", async () => {
    const org = await createTestOrganization(db, { name: `Ministry of ${family} Affairs`, acronym: `M${family.slice(-4).toUpperCase()}` });
    expect((await findOrganizations(`M${family.slice(-4)}`)).map((o) => o.id)).toContain(org.id);
    expect((await findOrganizations(`Ministry of ${family} Afairs`))[0]?.id).toBe(org.id);
  });

  it("finds a tag whatever its case", async () => {
    const tag = await createTestTag(db, { name: `Énergie ${family}` });
    const found = await findTags(`energie ${family.toLowerCase()}`);
    expect(found[0]?.label).toBe(tag.name);
  });
});
