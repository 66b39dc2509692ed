import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { changeMeetingTags, createMeeting, updateMeeting } = await import("@/lib/meetings/mutations");
const { readMeetingSnapshot } = await import("@/lib/meetings/write/snapshot");
const { createTestMeeting } = await import("@/lib/testing/factories");
const { approveMeeting, assignReviewToMe, returnMeeting, submitForReview } = await import("@/lib/review/mutations");
const { listReviewQueue } = await import("@/lib/review/queue");
const { getMeetingReview } = await import("@/lib/review/meeting-review");
const { setReviewSettings } = await import("@/lib/review/settings");

type Account = Awaited<ReturnType<typeof createTestAccount>>;
let author: Account;
let reviewer: Account;
let viewer: Account;
let admin: Account;

const as = (account: Account) => setRequest({ cookies: account.cookies, headers: {} });

async function rule(requireSecondPerson: boolean, smallEditsWithoutReview = false) {
  as(admin);
  await setReviewSettings({ requireSecondPerson: requireSecondPerson ? "on" : "off", smallEditsWithoutReview: smallEditsWithoutReview ? "on" : "off" });
}

const record = (title: string, status = "DRAFT") => ({
  title,
  kind: "MEETING",
  status,
  date: "2025-06-12",
  summary: "Talks on transit.",
  countries: [{ countryCode: "KZ", side: "HOST" }, { countryCode: "AT", side: "GUEST" }],
});

const stateOf = async (id: string) => db.meeting.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, machineDrafted: true } });
const stepsOf = async (id: string) =>
  (await db.revision.findMany({ where: { entityType: "Meeting", entityId: id }, orderBy: { seq: "asc" }, select: { action: true, actorId: true, note: true } })).map(
    (r) => ({ action: r.action, actorId: r.actorId, note: r.note }),
  );

beforeAll(async () => {
  [author, reviewer, viewer, admin] = await Promise.all([
    createTestAccount(db, "analyst"),
    createTestAccount(db, "analyst"),
    createTestAccount(db, "viewer"),
    createTestAccount(db, "admin"),
  ]);
});

describe("review before publishing", () => {
  it("lets one analyst draft and send for review and another approve; the author cannot approve their own while the rule is on", async () => {
    await rule(true);
    as(author);
    const { id, version } = await createMeeting(record("Drafted by one, approved by another"));
    const sent = await submitForReview({ id, version });
    expect((await stateOf(id)).status).toBe("IN_REVIEW");

    await expect(approveMeeting(sent)).rejects.toMatchObject({ code: "forbidden" });
    expect((await getMeetingReview(id))?.approveBlockedBecause).toMatch(/someone else must approve/);
    expect((await stateOf(id)).status).toBe("IN_REVIEW");

    as(reviewer);
    await approveMeeting(sent);
    expect(await stateOf(id)).toMatchObject({ status: "PUBLISHED", version: version + 2 });
    expect(await stepsOf(id)).toEqual([
      { action: "CREATE", actorId: author.id, note: null },
      { action: "SUBMIT", actorId: author.id, note: null },
      { action: "APPROVE", actorId: reviewer.id, note: null },
    ]);
  });

  it("lets an analyst publish their own meeting while the rule is off", async () => {
    await rule(false);
    as(author);
    const { id, version } = await createMeeting(record("Published alone"));
    await approveMeeting({ id, version });
    expect((await stateOf(id)).status).toBe("PUBLISHED");
  });

  it("with the rule on, sends to review a save that asks for Published, and a later change of a published meeting; tags alone stay published when allowed", async () => {
    await rule(true);
    as(author);
    const created = await createMeeting(record("Asked to be published", "PUBLISHED"));
    expect((await stateOf(created.id)).status).toBe("IN_REVIEW");
    expect((await stepsOf(created.id))[0]?.note).toMatch(/sent for review instead/);
    as(reviewer);
    const approved = await approveMeeting(created);

    // A change to what it says: the edit is kept, the meeting waits for review again.
    as(author);
    const current = (await readMeetingSnapshot(db, created.id))!.record;
    const edited = await updateMeeting(created.id, approved.version, { ...current, summary: "Talks on transit and energy." });
    expect(await stateOf(created.id)).toMatchObject({ status: "IN_REVIEW", version: edited.version });
    expect((await readMeetingSnapshot(db, created.id))!.record.summary).toBe("Talks on transit and energy.");
    as(reviewer);
    await approveMeeting(edited);

    await rule(true, true);
    as(author);
    await changeMeetingTags([created.id], { add: ["small edit"] });
    expect((await stateOf(created.id)).status).toBe("PUBLISHED");

    await rule(true, false);
    as(author);
    await changeMeetingTags([created.id], { add: ["reviewed edit"] });
    expect((await stateOf(created.id)).status).toBe("IN_REVIEW");
  });

  it("returns with a reason: a RETURN revision carries the note and the actor, and the author can send it again", async () => {
    await rule(true);
    as(author);
    const { id, version } = await createMeeting(record("To be returned"));
    const sent = await submitForReview({ id, version });
    as(reviewer);
    await expect(returnMeeting({ ...sent, reason: "   " })).rejects.toMatchObject({ code: "validation", fieldErrors: { reason: [expect.stringMatching(/Say why/)] } });
    await expect(returnMeeting({ ...sent, reason: "Pasted from a PDF\u0000" })).rejects.toMatchObject({ code: "validation" });
    const returned = await returnMeeting({ ...sent, reason: "The date is the day of the readout, not of the talks." });
    expect((await stateOf(id)).status).toBe("RETURNED");
    expect((await stepsOf(id)).at(-1)).toEqual({ action: "RETURN", actorId: reviewer.id, note: "The date is the day of the readout, not of the talks." });

    as(author);
    expect((await getMeetingReview(id))?.returnReason).toBe("The date is the day of the readout, not of the talks.");
    await submitForReview(returned);
    expect((await stateOf(id)).status).toBe("IN_REVIEW");
  });

  it("lets only one of two steps taken from the same version through: the other is a conflict", async () => {
    await rule(true);
    as(author);
    const { id, version } = await createMeeting(record("Two reviewers at once"));
    const sent = await submitForReview({ id, version });
    as(reviewer);
    const outcomes = await Promise.allSettled([approveMeeting(sent), returnMeeting({ ...sent, reason: "Not yet." })]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
    expect((await stepsOf(id)).map((s) => s.action)).toHaveLength(3);
  });

  it("refuses viewers every step and the queue, changing nothing", async () => {
    await rule(false);
    const meeting = await createTestMeeting(db, { status: "IN_REVIEW" });
    as(viewer);
    const step = { id: meeting.id, version: meeting.version };
    const attempts = [
      () => submitForReview(step),
      () => approveMeeting(step),
      () => returnMeeting({ ...step, reason: "No." }),
      () => assignReviewToMe(step),
      () => listReviewQueue({ tab: "in-review", mine: false, q: undefined, page: 1 }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "forbidden" });
    await expect(setReviewSettings({ requireSecondPerson: "on", smallEditsWithoutReview: "off" })).rejects.toMatchObject({ code: "forbidden" });
    expect(await getMeetingReview(meeting.id)).toBeNull();
    expect(await stateOf(meeting.id)).toMatchObject({ status: "IN_REVIEW", version: meeting.version });
    expect(await db.reviewAssignment.count({ where: { meetingId: meeting.id } })).toBe(0);
  });

  it("lists what waits: in review with who took it, returned with the reason, machine drafts with flags; accepting a draft publishes it", async () => {
    await rule(true);
    const inReview = await createTestMeeting(db, { status: "IN_REVIEW", title: "Queue: waiting" });
    const draft = await createTestMeeting(db, { status: "DRAFT", title: "Queue: machine draft" });
    await db.meeting.update({ where: { id: draft.id }, data: { machineDrafted: true, draftConfidence: 0.4, date: null } });

    as(reviewer);
    await assignReviewToMe({ id: inReview.id });
    as(author);
    await expect(assignReviewToMe({ id: inReview.id })).rejects.toMatchObject({ code: "conflict" });
    const mine = await listReviewQueue({ tab: "in-review", mine: true, q: "Queue:", page: 1 });
    expect(mine.rows).toEqual([]);
    as(reviewer);
    const taken = await listReviewQueue({ tab: "in-review", mine: true, q: "Queue:", page: 1 });
    expect(taken.rows.map((r) => [r.title, r.assignee?.id])).toEqual([["Queue: waiting", reviewer.id]]);

    const machine = await listReviewQueue({ tab: "machine", mine: false, q: "Queue:", page: 1 });
    expect(machine.rows).toHaveLength(1);
    expect(machine.rows[0]!.flags).toEqual({ noDate: true, newPeople: 2, lowConfidence: true, confidence: expect.closeTo(0.4, 5) });
    expect(machine.counts.machine).toBeGreaterThanOrEqual(1);

    const { version } = await stateOf(draft.id);
    await approveMeeting({ id: draft.id, version });
    expect(await stateOf(draft.id)).toMatchObject({ status: "PUBLISHED", machineDrafted: false });
    expect((await listReviewQueue({ tab: "machine", mine: false, q: "Queue:", page: 1 })).rows).toEqual([]);
  });
});
