import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { finishedMerge } = await import("@/lib/testing/merge-jobs");
const { createTestMeeting, uniqueSuffix } = await import("@/lib/testing/factories");
const { changeMeetingTags, deleteMeeting } = await import("@/lib/meetings/mutations");
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
