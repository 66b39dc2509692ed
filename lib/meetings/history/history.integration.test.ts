import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createTestMeeting } = await import("@/lib/testing/factories");
const { changeMeetingTags, deleteMeeting, restoreMeetingRevision, updateMeeting } = await import("@/lib/meetings/mutations");
const { readMeetingSnapshot } = await import("@/lib/meetings/write/snapshot");
const { getMeetingPage } = await import("@/lib/meetings/detail/get-meeting-page");
const { getRelatedMeetings } = await import("@/lib/meetings/detail/related-meetings");
const { compareMeetingRevisions, listMeetingRevisions } = await import("@/lib/meetings/history/queries");
const { listDeletedMeetings } = await import("@/lib/meetings/history/trash");

type Account = Awaited<ReturnType<typeof createTestAccount>>;
let analyst: Account;
let viewer: Account;
let admin: Account;
let analystName: string;

beforeAll(async () => {
  [analyst, viewer, admin] = await Promise.all([createTestAccount(db, "analyst"), createTestAccount(db, "viewer"), createTestAccount(db, "admin")]);
  analystName = (await db.user.findUniqueOrThrow({ where: { id: analyst.id }, select: { name: true } })).name;
});
beforeEach(() => setRequest({ cookies: analyst.cookies }));

const shown = async (id: string, rev?: number) => {
  const page = await getMeetingPage(id, rev);
  if (page?.state !== "shown") throw new Error(`expected a shown page, got ${page?.state ?? "null"}`);
  return page;
};

describe("the meeting page's record", () => {
  it("shows an old revision exactly as it stood, marked with who saved it, after later edits", async () => {
    const meeting = await createTestMeeting(db, { title: "Original title", tags: ["first tag"], createdById: analyst.id });
    const record = (await readMeetingSnapshot(db, meeting.id))!.record;
    await updateMeeting(meeting.id, 1, { ...record, title: "Edited title", summary: "Changed summary" });

    const current = await shown(meeting.id);
    expect(current.view.title).toBe("Edited title");
    expect(current.revision).toBeNull();

    const old = await shown(meeting.id, 1);
    expect(old.view).toMatchObject({ title: "Original title", version: 1, summary: record.summary });
    expect(old.revision).toMatchObject({ version: 1, isDeletion: false });
    expect(old.info.version).toBe(2);
    expect(old.view.tags).toEqual([{ id: expect.any(String), name: "first tag" }]);
    expect(old.view.participants.map((p) => p.personId)).toEqual(meeting.personIds);

    await expect(getMeetingPage(meeting.id, 99)).resolves.toBeNull();
    await expect(getMeetingPage("not-a-uuid")).resolves.toBeNull();
  });

  it("tells a viewer a meeting was deleted, when and by whom; shows it whole to admins; refuses the signed-out", async () => {
    const meeting = await createTestMeeting(db, { title: "Soon deleted" });
    await deleteMeeting(meeting.id, 1);

    setRequest({ cookies: viewer.cookies });
    const page = await getMeetingPage(meeting.id);
    expect(page).toMatchObject({ state: "deleted", title: "Soon deleted", info: { deletedBy: analystName, deletedAt: expect.any(String) } });
    expect(page).not.toHaveProperty("view");
    await expect(listMeetingRevisions(meeting.id)).rejects.toMatchObject({ code: "not_found" });

    setRequest({ cookies: admin.cookies });
    expect((await shown(meeting.id)).info.deletedAt).not.toBeNull();

    setRequest();
    await expect(getMeetingPage(meeting.id)).rejects.toMatchObject({ code: "unauthorized" });
  });
});

describe("history", () => {
  it("lists every revision newest first with who, when and a one-line summary, and compares any two", async () => {
    const meeting = await createTestMeeting(db, { title: "History subject", createdById: analyst.id });
    const record = (await readMeetingSnapshot(db, meeting.id))!.record;
    await updateMeeting(meeting.id, 1, { ...record, title: "History subject, edited" });
    await changeMeetingTags([meeting.id], { add: ["nuclear"], remove: [] });
    await restoreMeetingRevision(meeting.id, 1, 3);
    await deleteMeeting(meeting.id, 4);

    setRequest({ cookies: admin.cookies });
    const revisions = await listMeetingRevisions(meeting.id);
    expect(revisions.map((r) => [r.version, r.action, r.summary])).toEqual([
      [5, "DELETE", "Deleted the meeting"],
      [4, "RESTORE", "Restored an earlier revision: Title changed; tag nuclear removed"],
      [3, "UPDATE", "Tag nuclear added"],
      [2, "UPDATE", "Title changed"],
      [1, "CREATE", "Created the record"],
    ]);
    expect(revisions[3]!.actor).toBe(analystName);

    const comparison = await compareMeetingRevisions(meeting.id, 3, 1);
    expect(comparison).toMatchObject({ from: 1, to: 3 });
    expect(comparison.entries.map((e) => [e.section, e.label, e.change])).toEqual([
      ["fields", "Title", "changed"],
      ["tags", "nuclear", "added"],
    ]);
    expect(await compareMeetingRevisions(meeting.id, 1, 4)).toMatchObject({ entries: [] });
    await expect(compareMeetingRevisions(meeting.id, 1, 42)).rejects.toMatchObject({ code: "not_found" });
  });
  it("still summarises a change of a source's text when the list compares texts by their md5", async () => {
    const meeting = await createTestMeeting(db, { createdById: analyst.id, sources: [{ text: "A".repeat(100_000) }] });
    const record = (await readMeetingSnapshot(db, meeting.id))!.record;
    await updateMeeting(meeting.id, 1, { ...record, sources: record.sources.map((source) => ({ ...source, text: `${source.text}B` })) });
    await updateMeeting(meeting.id, 2, { ...(await readMeetingSnapshot(db, meeting.id))!.record, summary: "Only the summary changed." });

    const revisions = await listMeetingRevisions(meeting.id);
    expect(revisions.map((r) => r.summary)).toEqual(["Summary changed", "1 source changed", "Created the record"]);
  });
});

describe("the trash", () => {
  it("lists deleted meetings, newest deletion first, to admins only", async () => {
    const a = await createTestMeeting(db, { title: "Trash A" });
    const b = await createTestMeeting(db, { title: "Trash B" });
    await deleteMeeting(a.id, 1);
    await deleteMeeting(b.id, 1);

    for (const account of [analyst, viewer]) {
      setRequest({ cookies: account.cookies });
      await expect(listDeletedMeetings()).rejects.toMatchObject({ code: "forbidden" });
    }
    setRequest({ cookies: admin.cookies });
    const ids = (await listDeletedMeetings()).rows.map((r) => r.id);
    expect(ids.indexOf(b.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id));
    expect((await listDeletedMeetings()).rows.find((r) => r.id === a.id)).toMatchObject({ deletedBy: analystName, title: "Trash A" });
  });
});

describe("related meetings", () => {
  it("finds other live meetings of the same pair and of the same people, newest first", async () => {
    const older = await createTestMeeting(db, { title: "Pair older", countries: [{ code: "MN" }, { code: "UY" }], date: new Date("2020-01-01") });
    const newer = await createTestMeeting(db, { title: "Pair newer", countries: [{ code: "UY" }, { code: "MN" }], date: new Date("2022-01-01") });
    const gone = await createTestMeeting(db, { title: "Pair deleted", countries: [{ code: "MN" }, { code: "UY" }] });
    await deleteMeeting(gone.id, 1);
    const subject = await createTestMeeting(db, {
      title: "Pair subject",
      countries: [{ code: "MN" }, { code: "UY" }],
      participants: [{ personId: older.personIds[0], countryCode: "MN" }],
    });
    const related = await getRelatedMeetings(subject.id, ["MN", "UY"], subject.personIds);
    expect(related.sameCountries.map((m) => m.id)).toEqual([newer.id, older.id]);
    expect(related.samePeople.map((m) => m.id)).toEqual([older.id]);
  });
});
