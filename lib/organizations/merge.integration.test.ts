import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { finishedMerge } = await import("@/lib/testing/merge-jobs");
const { createTestMeeting, createTestOrganization } = await import("@/lib/testing/factories");
const { mergeOrganizations, unmergeOrganization } = await import("@/lib/organizations/mutations");
const { findPossibleDuplicateOrganizations, getOrganizationPage } = await import("@/lib/organizations/queries");

let analyst: Awaited<ReturnType<typeof createTestAccount>>;
let viewer: Awaited<ReturnType<typeof createTestAccount>>;
beforeAll(async () => {
  [analyst, viewer] = await Promise.all([createTestAccount(db, "analyst"), createTestAccount(db, "viewer")]);
});
beforeEach(() => setRequest({ cookies: analyst.cookies }));

async function footprint(ids: string[]) {
  const [participations, evidence, aliases, children] = await Promise.all([
    db.participation.findMany({ where: { organizationId: { in: ids } }, select: { id: true, organizationId: true }, orderBy: { id: "asc" } }),
    db.evidence.findMany({ where: { organizationId: { in: ids } }, select: { id: true, organizationId: true }, orderBy: { id: "asc" } }),
    db.organizationAlias.findMany({ where: { organizationId: { in: ids } }, select: { id: true, organizationId: true, alias: true, sourceId: true }, orderBy: { id: "asc" } }),
    db.organization.findMany({ where: { parentId: { in: ids } }, select: { id: true, parentId: true }, orderBy: { id: "asc" } }),
  ]);
  return { participations, evidence, aliases, children };
}

describe("merging organisations", () => {
  it("moves participations, evidence, aliases and children, redirects, and an undo restores every row", async () => {
    const keep = await createTestOrganization(db, { name: "Ministry of Foreign Affairs of Azerbaijan", countryCode: "AZ" });
    const dup = await createTestOrganization(db, { name: "MFA Azerbaijan", countryCode: "AZ" });
    await db.organization.update({ where: { id: keep.id }, data: { acronym: "MFA Azerbaijan" } });
    // The kept one already has this spelling: the duplicate's copy is dropped, and brought back by the undo.
    await db.organizationAlias.create({ data: { organizationId: keep.id, alias: "Azerbaijani MFA" } });
    await db.organizationAlias.create({ data: { organizationId: dup.id, alias: "Azerbaijani MFA" } });
    await db.organizationAlias.create({ data: { organizationId: dup.id, alias: "MFA Azerbaijan" } });
    const child = await db.organization.create({ data: { name: `Press service ${crypto.randomUUID()}`, parentId: dup.id }, select: { id: true } });
    const m = await createTestMeeting(db, { participants: [{ countryCode: "AZ", organizationId: dup.id, isDelegationLead: true }, { countryCode: "CN" }] });
    const source = await db.source.findFirstOrThrow({ where: { meetingId: m.id } });
    await db.evidence.create({ data: { meetingId: m.id, sourceId: source.id, startOffset: 0, endOffset: 4, quote: source.text.slice(0, 4), organizationId: dup.id } });
    const before = await footprint([keep.id, dup.id]);
    expect((await findPossibleDuplicateOrganizations(keep.id)).map((o) => o.id)).toContain(dup.id);

    setRequest({ cookies: viewer.cookies });
    await expect(mergeOrganizations({ id: dup.id, intoId: keep.id })).rejects.toMatchObject({ code: "forbidden" });
    setRequest({ cookies: analyst.cookies });
    await finishedMerge(mergeOrganizations({ id: dup.id, intoId: keep.id }));
    const merged = await footprint([keep.id, dup.id]);
    expect(merged.participations.every((p) => p.organizationId === keep.id)).toBe(true);
    expect(merged.evidence.every((e) => e.organizationId === keep.id)).toBe(true);
    expect(merged.children).toEqual([{ id: child.id, parentId: keep.id }]);
    expect(merged.aliases.map((a) => [a.alias, a.organizationId === keep.id]).sort()).toEqual([["Azerbaijani MFA", true], ["MFA Azerbaijan", true]]);
    await expect(getOrganizationPage(dup.id)).resolves.toEqual({ state: "merged", into: keep.id });
    expect(await db.revision.count({ where: { entityType: "Meeting", entityId: m.id, action: "MERGE" } })).toBe(1);

    await finishedMerge(unmergeOrganization({ id: dup.id }));
    expect(await footprint([keep.id, dup.id])).toEqual(before);
    expect((await getOrganizationPage(dup.id))?.state).toBe("found");
  });
});
