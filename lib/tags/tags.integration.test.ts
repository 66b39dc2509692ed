import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { finishedMerge } = await import("@/lib/testing/merge-jobs");
const { createTestMeeting, createTestTag, uniqueSuffix } = await import("@/lib/testing/factories");
const { tagSlug } = await import("@/lib/meetings/tag-slug");
const { changeMeetingTags, deleteMeeting, updateMeeting } = await import("@/lib/meetings/mutations");
const { tagMeetings } = await import("@/lib/meetings/search/bulk-tag");
const { findTags } = await import("@/lib/lookup/tags");
const { readMeetingSnapshot } = await import("@/lib/meetings/write/snapshot");
const { describeTag, renameTag } = await import("@/lib/tags/mutations");
const { mergeTags } = await import("@/lib/tags/merge");
const { getTagPage, listTags } = await import("@/lib/tags/queries");

type Account = Awaited<ReturnType<typeof createTestAccount>>;
let analyst: Account;
let otherAnalyst: Account;
let viewer: Account;

beforeAll(async () => {
  [analyst, otherAnalyst, viewer] = await Promise.all([createTestAccount(db, "analyst"), createTestAccount(db, "analyst"), createTestAccount(db, "viewer")]);
});
beforeEach(() => setRequest({ cookies: analyst.cookies }));

const tagId = async (name: string) => (await db.tag.findFirstOrThrow({ where: { name }, select: { id: true } })).id;

describe("tags", () => {
  it("keeps both of two analysts' tags added at the same moment, each a revision", async () => {
    const meeting = await createTestMeeting(db);
    const [a, b] = [`concurrent a ${uniqueSuffix()}`, `concurrent b ${uniqueSuffix()}`];
    await Promise.all([
      changeMeetingTags([meeting.id], { add: [a], remove: [] }),
      (async () => {
        setRequest({ cookies: otherAnalyst.cookies });
        return changeMeetingTags([meeting.id], { add: [b], remove: [] });
      })(),
    ]);
    const record = (await readMeetingSnapshot(db, meeting.id))!.record;
    expect(record.tags.sort()).toEqual([a, b].sort());
    expect(await db.revision.count({ where: { entityType: "Meeting", entityId: meeting.id } })).toBe(3);
  });

  it("renames a tag, refusing a name another tag has (case and accents folded), and records the change", async () => {
    const suffix = uniqueSuffix();
    const meeting = await createTestMeeting(db, { tags: [`Énergie ${suffix}`, `gas ${suffix}`] });
    const id = await tagId(`Énergie ${suffix}`);
    await expect(renameTag({ id, name: `GAS ${suffix}` })).rejects.toMatchObject({ code: "validation", fieldErrors: { name: [expect.stringMatching(/merge/)] } });
    await renameTag({ id, name: `Energy ${suffix}` });
    await describeTag({ id, description: "Oil, gas and power" });
    expect((await readMeetingSnapshot(db, meeting.id))!.record.tags).toContain(`Energy ${suffix}`);
    expect(await db.revision.count({ where: { entityType: "Tag", entityId: id } })).toBe(2);

    setRequest({ cookies: viewer.cookies });
    await expect(renameTag({ id, name: "viewer's name" })).rejects.toMatchObject({ code: "forbidden" });
    expect((await listTags()).find((t) => t.id === id)).toMatchObject({ name: `Energy ${suffix}`, description: "Oil, gas and power", count: 1 });
  });

  it("merges a tag: every meeting moves with a revision, counts add up, the old link and name lead to the new tag", async () => {
    const suffix = uniqueSuffix();
    const [from, into] = [`EU ${suffix}`, `European Union ${suffix}`];
    const both = await createTestMeeting(db, { tags: [from, into] });
    const onlyOld = await createTestMeeting(db, { tags: [from] });
    const deleted = await createTestMeeting(db, { tags: [from] });
    await deleteMeeting(deleted.id, 1);
    const fromId = await tagId(from);
    const intoId = await tagId(into);

    await expect(mergeTags({ id: fromId, intoId: fromId })).rejects.toMatchObject({ code: "validation" });
    expect(await finishedMerge(mergeTags({ id: fromId, intoId }))).toMatchObject({ status: "DONE", moved: 3 });

    for (const m of [both, onlyOld]) expect((await readMeetingSnapshot(db, m.id))!.record.tags).toEqual([into]);
    expect(await db.revision.count({ where: { entityType: "Meeting", entityId: onlyOld.id } })).toBe(2);
    expect(await db.meetingTag.count({ where: { tagId: fromId } })).toBe(0);
    expect(await db.meetingTag.count({ where: { tagId: intoId } })).toBe(3);
    expect((await listTags()).find((t) => t.id === intoId)?.count).toBe(2);
    expect((await listTags()).some((t) => t.id === fromId)).toBe(false);
    await expect(getTagPage(fromId)).resolves.toEqual({ state: "merged", into: intoId });

    // Typing the old name later tags the meeting with the tag it was merged into.
    const later = await createTestMeeting(db);
    await changeMeetingTags([later.id], { add: [from.toLowerCase()], remove: [] });
    expect((await readMeetingSnapshot(db, later.id))!.record.tags).toEqual([into]);
  });
});

describe("a renamed tag's former names", () => {
  it("keeps a meeting's tag when a form opened before the rename is saved: the old name means the renamed tag", async () => {
    const suffix = uniqueSuffix();
    const meeting = await createTestMeeting(db, { tags: [`foo ${suffix}`] });
    const opened = (await readMeetingSnapshot(db, meeting.id))!;
    const id = await tagId(`foo ${suffix}`);

    setRequest({ cookies: otherAnalyst.cookies });
    await renameTag({ id, name: `bar ${suffix}` });

    // The analyst saves the form still carrying "foo", at the version it was opened at.
    setRequest({ cookies: analyst.cookies });
    await updateMeeting(meeting.id, opened.version, { ...opened.record, title: `${opened.record.title} (edited)` });
    expect((await readMeetingSnapshot(db, meeting.id))!.record.tags).toEqual([`bar ${suffix}`]);
    expect(await db.meetingTag.findMany({ where: { meetingId: meeting.id }, select: { tagId: true } })).toEqual([{ tagId: id }]);
    expect(await db.tag.count({ where: { slug: { contains: suffix.toLowerCase() } } })).toBe(1);
  });

  it("are shown on the tag's page and the list, and renaming back to one takes it back", async () => {
    const suffix = uniqueSuffix();
    const meeting = await createTestMeeting(db, { tags: [`Caspain ${suffix}`] });
    const id = await tagId(`Caspain ${suffix}`);
    await renameTag({ id, name: `Caspian ${suffix}` });
    await renameTag({ id, name: `Caspian Sea ${suffix}` });
    const page = await getTagPage(id);
    expect(page?.state === "found" && page.page.formerNames).toEqual([`Caspian ${suffix}`, `Caspain ${suffix}`]);
    expect((await listTags()).find((t) => t.id === id)?.formerNames).toEqual([`Caspian ${suffix}`, `Caspain ${suffix}`]);

    await renameTag({ id, name: `caspian ${suffix}` });
    expect((await listTags()).find((t) => t.id === id)).toMatchObject({ name: `caspian ${suffix}`, formerNames: [`Caspian Sea ${suffix}`, `Caspain ${suffix}`] });
    // Every name it had still leads to it.
    for (const name of [`CASPIAN SEA ${suffix}`, `caspain ${suffix}`]) {
      await changeMeetingTags([meeting.id], { add: [name], remove: [] });
      expect((await readMeetingSnapshot(db, meeting.id))!.record.tags).toEqual([`caspian ${suffix}`]);
    }
    expect(await db.tag.count({ where: { slug: { contains: suffix.toLowerCase() } } })).toBe(1);
  });

  it("lead a new tag of that name to the renamed tag, in bulk tagging too; another tag may not take one", async () => {
    const suffix = uniqueSuffix();
    const [tagged, untagged] = [await createTestMeeting(db, { tags: [`old ${suffix}`] }), await createTestMeeting(db)];
    const id = await tagId(`old ${suffix}`);
    await renameTag({ id, name: `new ${suffix}` });

    await tagMeetings({ ids: [untagged.id] }, { add: [`Old ${suffix}`], remove: [] });
    expect((await readMeetingSnapshot(db, untagged.id))!.record.tags).toEqual([`new ${suffix}`]);
    await tagMeetings({ ids: [tagged.id, untagged.id] }, { add: [], remove: [`old ${suffix}`] });
    for (const m of [tagged, untagged]) expect((await readMeetingSnapshot(db, m.id))!.record.tags).toEqual([]);

    const other = await createTestMeeting(db, { tags: [`other ${suffix}`] });
    const otherId = await tagId(`other ${suffix}`);
    await expect(renameTag({ id: otherId, name: `OLD ${suffix}` })).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { name: [expect.stringContaining(`former name of the tag “new ${suffix}”`)] },
    });
    expect((await readMeetingSnapshot(db, other.id))!.record.tags).toEqual([`other ${suffix}`]);
  });

  it("find the tag in the type-ahead, saying which former name matched", async () => {
    // Letters only, and never empty (a suffix of digits alone left "Nagorno " to be trimmed).
    const suffix = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
    await createTestMeeting(db, { tags: [`Nagorno ${suffix}`] });
    await renameTag({ id: await tagId(`Nagorno ${suffix}`), name: `Karabakh ${suffix}` });
    const found = await findTags(`nagorno ${suffix}`);
    expect(found[0]).toEqual({ id: `Karabakh ${suffix}`, label: `Karabakh ${suffix}`, hint: `formerly “Nagorno ${suffix}” · 1 meeting` });
  });

  it("are taken from the revisions of renames made before they were kept (the migration's backfill)", async () => {
    const suffix = uniqueSuffix();
    const tag = await createTestTag(db, { name: `Renamed ${suffix}` });
    const live = await createTestTag(db, { name: `Taken again ${suffix}` });
    const rename = (from: string, to: string, createdAt: Date) => ({
      entityType: "Tag", entityId: tag.id, action: "UPDATE" as const, createdAt,
      before: { id: tag.id, name: from, slug: tagSlug(from) }, after: { id: tag.id, name: to, slug: tagSlug(to) },
    });
    await db.revision.createMany({
      data: [
        rename(`First name ${suffix}`, `Taken again ${suffix}`, new Date("2026-01-01")),
        rename(`Taken again ${suffix}`, `Renamed ${suffix}`, new Date("2026-02-01")),
        { entityType: "Tag", entityId: tag.id, action: "UPDATE", before: { id: tag.id, name: tag.name, slug: tag.slug, description: "" }, after: { id: tag.id, name: tag.name, slug: tag.slug, description: "Now described" } },
      ],
    });
    const migration = readFileSync(path.resolve(import.meta.dirname, "../../prisma/migrations/20261206140000_tag_former_names/migration.sql"), "utf8");
    await db.$executeRawUnsafe(migration.slice(migration.indexOf('INSERT INTO "TagFormerName"')));
    const formerNames = await db.tagFormerName.findMany({ where: { tagId: tag.id }, select: { name: true } });
    // "Taken again" is a live tag's name now: it stays that tag's.
    expect(formerNames).toEqual([{ name: `First name ${suffix}` }]);
    expect(await db.tagFormerName.count({ where: { tagId: live.id } })).toBe(0);
  });
});
