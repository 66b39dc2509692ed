import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { finishedMerge } = await import("@/lib/testing/merge-jobs");
const { createTestMeeting, createTestTag, uniqueSuffix } = await import("@/lib/testing/factories");
const { changeMeetingTags, deleteMeeting } = await import("@/lib/meetings/mutations");
const { readMeetingSnapshot } = await import("@/lib/meetings/write/snapshot");
const { deleteTag } = await import("@/lib/tags/mutations");
const { mergeTags, unmergeTag } = await import("@/lib/tags/merge");
const { getTagPage } = await import("@/lib/tags/queries");
const { listEntityHistory } = await import("@/lib/entities/history");

type Account = Awaited<ReturnType<typeof createTestAccount>>;
let analyst: Account;
let viewer: Account;
beforeAll(async () => {
  [analyst, viewer] = await Promise.all([createTestAccount(db, "analyst"), createTestAccount(db, "viewer")]);
});
beforeEach(() => setRequest({ cookies: analyst.cookies }));

const tagId = async (name: string) => (await db.tag.findFirstOrThrow({ where: { name }, select: { id: true } })).id;
/** Every meeting's tag links, as rows: equal before a merge and after its undo. */
const links = (meetingIds: string[]) =>
  db.meetingTag.findMany({ where: { meetingId: { in: meetingIds } }, select: { meetingId: true, tagId: true, createdAt: true, createdById: true }, orderBy: [{ meetingId: "asc" }, { tagId: "asc" }] });

describe("deleting a tag", () => {
  it("deletes an unused tag with a revision, and refuses, saying why, one on a meeting (in the trash too) or one a merged tag leads to", async () => {
    const unused = await createTestTag(db);
    setRequest({ cookies: viewer.cookies });
    await expect(deleteTag({ id: unused.id })).rejects.toMatchObject({ code: "forbidden" });
    setRequest({ cookies: analyst.cookies });
    await expect(deleteTag({ id: unused.id })).resolves.toEqual({ name: unused.name });
    expect(await db.tag.count({ where: { id: unused.id } })).toBe(0);
    expect(await db.revision.findFirst({ where: { entityType: "Tag", entityId: unused.id }, select: { action: true, before: true } })).toMatchObject({ action: "DELETE", before: { name: unused.name } });

    const suffix = uniqueSuffix();
    const meeting = await createTestMeeting(db, { tags: [`used ${suffix}`] });
    const used = await tagId(`used ${suffix}`);
    await expect(deleteTag({ id: used })).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("is on 1 meeting: take it off") });
    await deleteMeeting(meeting.id, 1);
    await expect(deleteTag({ id: used })).rejects.toMatchObject({ message: expect.stringContaining("(1 of them in the trash)") });

    const [from, into] = [await createTestTag(db), await createTestTag(db)];
    await finishedMerge(mergeTags({ id: from.id, intoId: into.id }));
    await expect(deleteTag({ id: into.id })).rejects.toMatchObject({ message: expect.stringContaining(`“${from.name}” lead to`) });
    expect(await db.tag.count({ where: { id: { in: [used, into.id] } } })).toBe(2);
  });
});

describe("undoing a tag merge", () => {
  it("gives every moved meeting its old tag back as it was, takes the kept tag off those that had only the old one, and shows where names came from", async () => {
    const suffix = uniqueSuffix();
    const [from, into, earlier] = [`EU ${suffix}`, `European Union ${suffix}`, `E.U. ${suffix}`];
    const onlyOld = await createTestMeeting(db, { tags: [from, `other ${suffix}`] });
    const both = await createTestMeeting(db, { tags: [from, into] });
    const onlyNew = await createTestMeeting(db, { tags: [into] });
    const trashed = await createTestMeeting(db, { tags: [from] });
    await deleteMeeting(trashed.id, 1);
    const earlierMeeting = await createTestMeeting(db, { tags: [earlier] });
    const [fromId, intoId, earlierId] = [await tagId(from), await tagId(into), await tagId(earlier)];
    // A tag merged into "EU" before: it leads to "European Union" during the merge, and to "EU" again after the undo.
    await finishedMerge(mergeTags({ id: earlierId, intoId: fromId }));
    const meetings = [onlyOld.id, both.id, onlyNew.id, trashed.id, earlierMeeting.id];
    const before = await links(meetings);

    await finishedMerge(mergeTags({ id: fromId, intoId }));
    const page = await getTagPage(intoId);
    expect(page?.state === "found" && page.page.mergedFrom.map((t) => t.name).sort()).toEqual([earlier, from].sort());
    expect((await readMeetingSnapshot(db, onlyOld.id))!.record.tags.sort()).toEqual([into, `other ${suffix}`].sort());

    setRequest({ cookies: viewer.cookies });
    await expect(unmergeTag({ id: fromId })).rejects.toMatchObject({ code: "forbidden" });
    setRequest({ cookies: analyst.cookies });
    expect(await finishedMerge(unmergeTag({ id: fromId }))).toMatchObject({ status: "DONE", moved: 4 });

    expect(await links(meetings)).toEqual(before);
    expect((await readMeetingSnapshot(db, onlyOld.id))!.record.tags.sort()).toEqual([from, `other ${suffix}`].sort());
    expect(await db.revision.count({ where: { entityType: "Meeting", entityId: onlyOld.id, action: "UNMERGE" } })).toBe(1);
    expect(await db.tag.findUniqueOrThrow({ where: { id: earlierId }, select: { mergedIntoId: true } })).toEqual({ mergedIntoId: fromId });
    expect((await getTagPage(fromId))?.state).toBe("found");
    expect((await listEntityHistory("Tag", fromId)).map((e) => e.action)).toEqual(["UNMERGE", "MERGE"]);
    // Typing the name adds the old tag again.
    const later = await createTestMeeting(db);
    await changeMeetingTags([later.id], { add: [from], remove: [] });
    expect((await readMeetingSnapshot(db, later.id))!.record.tags).toEqual([from]);
    await expect(unmergeTag({ id: fromId })).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses, changing nothing, when an analyst took the kept tag off a moved meeting since", async () => {
    const suffix = uniqueSuffix();
    const [from, into] = [`Gas ${suffix}`, `Energy ${suffix}`];
    const meeting = await createTestMeeting(db, { tags: [from] });
    await createTestMeeting(db, { tags: [from] });
    const intoId = (await createTestTag(db, { name: into })).id;
    const fromId = await tagId(from);
    await finishedMerge(mergeTags({ id: fromId, intoId }));
    await changeMeetingTags([meeting.id], { add: [], remove: [into] });
    const tagsBefore = await db.meetingTag.findMany({ where: { tagId: { in: [fromId, intoId] } }, orderBy: [{ meetingId: "asc" }, { tagId: "asc" }] });

    await expect(unmergeTag({ id: fromId })).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("can no longer be undone") });
    expect(await db.meetingTag.findMany({ where: { tagId: { in: [fromId, intoId] } }, orderBy: [{ meetingId: "asc" }, { tagId: "asc" }] })).toEqual(tagsBefore);
    expect((await db.tag.findUniqueOrThrow({ where: { id: fromId } })).mergedIntoId).toBe(intoId);
  });
});
