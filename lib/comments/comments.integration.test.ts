import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { createTestMeeting } = await import("@/lib/testing/factories");
const { HOSTILE_STRINGS } = await import("@/lib/testing/hostile-input");
const { db } = await import("@/lib/db");
const { addComment, deleteComment, editComment } = await import("@/lib/comments/mutations");
const { getMeetingComments } = await import("@/lib/comments/queries");
const { findMentionableUsers } = await import("@/lib/comments/mention-lookup");
const { listInbox } = await import("@/lib/inbox/queries");

type Account = Awaited<ReturnType<typeof createTestAccount>>;
const as = (account: Account | null) => setRequest({ cookies: account?.cookies ?? {} });

async function account(role: "viewer" | "analyst" | "admin", name: string): Promise<Account> {
  const made = await createTestAccount(db, role);
  await db.user.update({ where: { id: made.id }, data: { name } });
  return made;
}

let alice: Account;
let bruno: Account;
let viewer: Account;
let admin: Account;
let meeting: Awaited<ReturnType<typeof createTestMeeting>>;

beforeAll(async () => {
  [alice, bruno, viewer, admin] = await Promise.all([
    account("analyst", "Alice Aliyeva"),
    account("analyst", "Bruno Bianchi"),
    account("viewer", "Vera Viewer"),
    account("admin", "Ada Admin"),
  ]);
  meeting = await createTestMeeting(db, { createdById: alice.id, sources: [{ outlet: "Trend", text: "Speaker Gafarova met Liu Jianchao in Baku on Tuesday." }] });
});

describe("comments on a meeting", () => {
  it("are read by viewers, written by analysts, and anchored to a field, a participant or an evidence span", async () => {
    as(alice);
    await addComment({ meetingId: meeting.id, body: "Is the date the meeting's or the wire's?", anchor: "field:date" });
    await addComment({ meetingId: meeting.id, body: "Title checked.", anchor: `participant:${meeting.personIds[0]}` });
    await addComment({ meetingId: meeting.id, body: "This is the source of the place.", anchor: `evidence:${meeting.sourceIds[0]}:37:41` });
    as(viewer);
    await expect(addComment({ meetingId: meeting.id, body: "A viewer's remark" })).rejects.toMatchObject({ code: "forbidden" });
    const { items, canComment } = await getMeetingComments(meeting.id);
    expect(canComment).toBe(false);
    const person = await db.person.findUniqueOrThrow({ where: { id: meeting.personIds[0]! } });
    expect(items.map((c) => [c.body, c.anchor, c.author?.name, c.canEdit, c.canDelete])).toEqual([
      ["Is the date the meeting's or the wire's?", { kind: "field", field: "date" }, "Alice Aliyeva", false, false],
      ["Title checked.", { kind: "participant", personId: meeting.personIds[0], name: person.name }, "Alice Aliyeva", false, false],
      ["This is the source of the place.", { kind: "evidence", sourceId: meeting.sourceIds[0], start: 37, end: 41, quote: "Baku", outlet: "Trend" }, "Alice Aliyeva", false, false],
    ]);
  });

  it("refuses an anchor the meeting does not have, and an empty or oversized text, beside the field", async () => {
    as(alice);
    await expect(addComment({ meetingId: meeting.id, body: "x", anchor: `participant:${crypto.randomUUID()}` })).rejects.toMatchObject({ code: "validation", fieldErrors: { anchor: [expect.any(String)] } });
    await expect(addComment({ meetingId: meeting.id, body: "x", anchor: `evidence:${meeting.sourceIds[0]}:0:100000` })).rejects.toMatchObject({ fieldErrors: { anchor: [expect.any(String)] } });
    await expect(addComment({ meetingId: meeting.id, body: "x", anchor: "field:secret" })).rejects.toMatchObject({ fieldErrors: { anchor: [expect.any(String)] } });
    await expect(addComment({ meetingId: meeting.id, body: "   " })).rejects.toMatchObject({ fieldErrors: { body: ["Write the comment first."] } });
    await expect(addComment({ meetingId: meeting.id, body: "x".repeat(4001) })).rejects.toMatchObject({ fieldErrors: { body: [expect.stringContaining("4,000")] } });
  });

  it("may be changed only by their author and deleted by their author or an admin", async () => {
    as(alice);
    const { id } = await addComment({ meetingId: meeting.id, body: "First thoughts." });
    as(bruno);
    await expect(editComment({ commentId: id, body: "Bruno's rewrite" })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteComment(id)).rejects.toMatchObject({ code: "not_found" });
    as(admin);
    await expect(editComment({ commentId: id, body: "An admin's rewrite" })).rejects.toMatchObject({ code: "not_found" });
    as(alice);
    await editComment({ commentId: id, body: "Second thoughts." });
    let mine = (await getMeetingComments(meeting.id)).items.find((c) => c.id === id)!;
    expect([mine.body, mine.editedAt !== null, mine.canEdit, mine.canDelete]).toEqual(["Second thoughts.", true, true, true]);
    as(bruno);
    mine = (await getMeetingComments(meeting.id)).items.find((c) => c.id === id)!;
    expect([mine.canEdit, mine.canDelete]).toEqual([false, false]);
    as(admin);
    expect((await getMeetingComments(meeting.id)).items.find((c) => c.id === id)!.canDelete).toBe(true);
    await deleteComment(id);
    expect((await getMeetingComments(meeting.id)).items.some((c) => c.id === id)).toBe(false);
    as(alice);
    const own = await addComment({ meetingId: meeting.id, body: "Mine to delete." });
    await deleteComment(own.id);
    expect((await getMeetingComments(meeting.id)).items.some((c) => c.id === own.id)).toBe(false);
  });

  it("tell a mentioned user once, take the mention back when the name leaves the text, and never tell the author", async () => {
    as(alice);
    const { id, mentioned } = await addComment({ meetingId: meeting.id, body: "@Bruno Bianchi and @Alice Aliyeva, please look.", mentions: `${bruno.id},${alice.id},${viewer.id}` });
    // Vera was picked but her name is not in the text: no mention.
    expect(mentioned.sort()).toEqual([alice.id, bruno.id].sort());
    const mentionsOf = async (who: Account) => {
      as(who);
      return (await listInbox()).entries.filter((e) => e.reason === "MENTION");
    };
    expect((await mentionsOf(bruno)).map((e) => e.note)).toEqual(["@Bruno Bianchi and @Alice Aliyeva, please look."]);
    expect(await mentionsOf(alice)).toEqual([]);
    expect(await mentionsOf(viewer)).toEqual([]);

    as(alice);
    await editComment({ commentId: id, body: "@Alice Aliyeva and @Vera Viewer, please look.", mentions: `${bruno.id},${alice.id},${viewer.id}` });
    expect(await mentionsOf(bruno)).toEqual([]);
    expect((await mentionsOf(viewer)).map((e) => e.note)).toEqual(["@Alice Aliyeva and @Vera Viewer, please look."]);
    as(alice);
    await deleteComment(id);
    expect(await mentionsOf(viewer)).toEqual([]);
  });

  it("store hostile text exactly as typed", async () => {
    as(alice);
    for (const hostile of HOSTILE_STRINGS) {
      const body = hostile.trim();
      const { id } = await addComment({ meetingId: meeting.id, body });
      expect((await db.comment.findUniqueOrThrow({ where: { id } })).body).toBe(body);
    }
  });

  it("cannot be added to a deleted meeting, and a deleted meeting's comments are for admins only", async () => {
    const gone = await createTestMeeting(db, { createdById: alice.id, deletedAt: new Date() });
    as(alice);
    await expect(addComment({ meetingId: gone.id, body: "Too late" })).rejects.toMatchObject({ code: "not_found" });
    await expect(getMeetingComments(gone.id)).rejects.toMatchObject({ code: "not_found" });
    as(admin);
    expect((await getMeetingComments(gone.id)).canComment).toBe(false);
  });
});

describe("the mention type-ahead", () => {
  it("finds active colleagues of any role by name, accents aside, for those who may comment", async () => {
    const banned = await account("analyst", "Vera Banned");
    await db.user.update({ where: { id: banned.id }, data: { banned: true } });
    as(alice);
    const found = await findMentionableUsers("vera");
    expect(found.map((o) => [o.label, o.hint])).toContainEqual(["Vera Viewer", "Viewer"]);
    expect(found.some((o) => o.id === banned.id)).toBe(false);
    as(viewer);
    await expect(findMentionableUsers("vera")).rejects.toMatchObject({ code: "forbidden" });
  });
});
