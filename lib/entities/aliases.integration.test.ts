import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createTestMeeting, createTestOrganization } = await import("@/lib/testing/factories");
const { addAlias, listAliasSources, removeAlias } = await import("@/lib/entities/aliases");
const { getOrganizationPage } = await import("@/lib/organizations/queries");

let analyst: Awaited<ReturnType<typeof createTestAccount>>;
let viewer: Awaited<ReturnType<typeof createTestAccount>>;
beforeAll(async () => {
  [analyst, viewer] = await Promise.all([createTestAccount(db, "analyst"), createTestAccount(db, "viewer")]);
});
beforeEach(() => setRequest({ cookies: analyst.cookies }));

/** An organisation that took part in a meeting, and that meeting's source. */
async function organizationWithSource() {
  const organization = await createTestOrganization(db, { name: "Ministry of Foreign Affairs of Kazakhstan", acronym: "MFA" });
  const meeting = await createTestMeeting(db, { participants: [{ organizationId: organization.id, countryCode: "KZ" }, { organizationId: organization.id, countryCode: "KZ" }] });
  const source = await db.source.findFirstOrThrow({ where: { meetingId: meeting.id } });
  return { organization, meeting, source };
}

describe("organisation aliases", () => {
  it("adds a spelling with its source and removes it, each change a revision with the spellings before and after", async () => {
    const { organization, meeting, source } = await organizationWithSource();
    await addAlias("organization", { ownerId: organization.id, alias: "Qazaqstan Syrtqy ister ministrligi", sourceId: source.id });

    const found = await getOrganizationPage(organization.id);
    expect(found?.state).toBe("found");
    const aliases = found?.state === "found" ? found.page.aliases : [];
    expect(aliases.map((a) => [a.alias, a.source?.id, a.source?.meetingId])).toEqual([["Qazaqstan Syrtqy ister ministrligi", source.id, meeting.id]]);

    await removeAlias("organization", { aliasId: aliases[0]!.id });
    expect(await db.organizationAlias.count({ where: { organizationId: organization.id } })).toBe(0);
    const revisions = await db.revision.findMany({ where: { entityType: "Organization", entityId: organization.id }, orderBy: { id: "asc" } });
    expect(revisions.map((r) => [r.action, r.actorId])).toEqual([
      ["UPDATE", analyst.id],
      ["UPDATE", analyst.id],
    ]);
    expect(revisions[0]!.before).toEqual({ aliases: [] });
    expect(revisions[0]!.after).toMatchObject({ aliases: [{ alias: "Qazaqstan Syrtqy ister ministrligi", sourceId: source.id }] });
    expect(revisions[1]!.after).toEqual({ aliases: [] });
  });

  it("refuses a spelling already recorded (case aside), an unknown source, a merged organisation and a viewer, changing nothing", async () => {
    const { organization } = await organizationWithSource();
    await addAlias("organization", { ownerId: organization.id, alias: "KazMFA" });
    await expect(addAlias("organization", { ownerId: organization.id, alias: "kazmfa" })).rejects.toMatchObject({ code: "validation", fieldErrors: { alias: [expect.any(String)] } });
    await expect(addAlias("organization", { ownerId: organization.id, alias: "Other", sourceId: crypto.randomUUID() })).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { sourceId: [expect.any(String)] },
    });
    await expect(addAlias("organization", { ownerId: organization.id, alias: "" })).rejects.toMatchObject({ code: "validation" });

    const merged = await createTestOrganization(db);
    await db.organization.update({ where: { id: merged.id }, data: { mergedIntoId: organization.id } });
    await expect(addAlias("organization", { ownerId: merged.id, alias: "Gone" })).rejects.toMatchObject({ code: "not_found" });

    setRequest({ cookies: viewer.cookies });
    await expect(addAlias("organization", { ownerId: organization.id, alias: "Viewer's spelling" })).rejects.toMatchObject({ code: "forbidden" });
    const alias = await db.organizationAlias.findFirstOrThrow({ where: { organizationId: organization.id } });
    await expect(removeAlias("organization", { aliasId: alias.id })).rejects.toMatchObject({ code: "forbidden" });

    expect((await db.organizationAlias.findMany({ where: { organizationId: { in: [organization.id, merged.id] } } })).map((a) => a.alias)).toEqual(["KazMFA"]);
    expect(await db.revision.count({ where: { entityType: "Organization", entityId: organization.id } })).toBe(1);
  });

  it("refuses a source of a deleted meeting, or of a meeting the organisation was not in", async () => {
    const { organization, meeting, source } = await organizationWithSource();
    const elsewhere = await db.source.findFirstOrThrow({ where: { meetingId: (await createTestMeeting(db)).id } });
    await expect(addAlias("organization", { ownerId: organization.id, alias: "Not from here", sourceId: elsewhere.id })).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { sourceId: [expect.any(String)] },
    });
    await db.meeting.update({ where: { id: meeting.id }, data: { deletedAt: new Date() } });
    await expect(addAlias("organization", { ownerId: organization.id, alias: "From the trash", sourceId: source.id })).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { sourceId: [expect.any(String)] },
    });
    expect(await db.organizationAlias.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("offers the sources of the organisation's meetings once each, and none for an id that is not one", async () => {
    const { organization, source } = await organizationWithSource();
    // Two participants of the same organisation in one meeting: its source is still listed once.
    expect((await listAliasSources("organization", organization.id)).map((s) => s.id)).toEqual([source.id]);
    await expect(listAliasSources("organization", "not-an-id")).resolves.toEqual([]);
  });
});
