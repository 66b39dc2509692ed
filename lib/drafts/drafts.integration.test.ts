import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createTestMeeting } = await import("@/lib/testing/factories");
const { discardDraft, getDraft, listDrafts, saveDraft } = await import("@/lib/drafts/drafts");
const { EMPTY_MEETING_FORM } = await import("@/lib/meetings/form-data");

type Account = Awaited<ReturnType<typeof createTestAccount>>;
let author: Account;
let colleague: Account;
let viewer: Account;
const as = (account: Account) => setRequest({ cookies: account.cookies });

beforeAll(async () => {
  [author, colleague, viewer] = await Promise.all([createTestAccount(db, "analyst"), createTestAccount(db, "analyst"), createTestAccount(db, "viewer")]);
});

describe("meeting drafts", () => {
  it("keeps what was typed and replaces it on the next autosave", async () => {
    as(author);
    const { id } = await saveDraft({ values: { ...EMPTY_MEETING_FORM, title: "Half-typed <b>talks</b>" } });
    await saveDraft({ draftId: id, values: { ...EMPTY_MEETING_FORM, title: "Half-typed talks, more", place: "Baku" } });
    const draft = await getDraft(id);
    expect(draft?.values).toMatchObject({ title: "Half-typed talks, more", place: "Baku" });
    expect((await listDrafts()).filter((d) => d.id === id)).toHaveLength(1);
  });

  it("is private to its author: others cannot list, read, overwrite or discard it", async () => {
    as(author);
    const { id } = await saveDraft({ values: { ...EMPTY_MEETING_FORM, title: "Only mine" } });
    as(colleague);
    expect((await listDrafts()).map((d) => d.id)).not.toContain(id);
    expect(await getDraft(id)).toBeNull();
    const theirs = await saveDraft({ draftId: id, values: { ...EMPTY_MEETING_FORM, title: "Overwritten?" } });
    expect(theirs.id).not.toBe(id);
    expect(await discardDraft(id)).toEqual({ discarded: false });
    as(author);
    expect((await getDraft(id))?.title).toBe("Only mine");
    expect(await discardDraft(id)).toEqual({ discarded: true });
    expect(await getDraft(id)).toBeNull();
  });

  it("remembers the meeting and version of an edit, and refuses an unknown meeting", async () => {
    as(author);
    const meeting = await createTestMeeting(db);
    const { id } = await saveDraft({ meetingId: meeting.id, baseVersion: meeting.version, values: { ...EMPTY_MEETING_FORM, title: "Edit" } });
    expect(await getDraft(id)).toMatchObject({ meetingId: meeting.id, baseVersion: meeting.version });
    await expect(saveDraft({ meetingId: crypto.randomUUID(), values: {} })).rejects.toMatchObject({ code: "not_found" });
  });

  it("is for analysts and admins only", async () => {
    as(viewer);
    await expect(saveDraft({ values: {} })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listDrafts()).rejects.toMatchObject({ code: "forbidden" });
  });
});
