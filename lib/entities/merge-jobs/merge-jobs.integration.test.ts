import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createTestMeeting, createTestPerson } = await import("@/lib/testing/factories");
const { readMeetingSnapshot } = await import("@/lib/meetings/write/snapshot");
const { updateMeeting } = await import("@/lib/meetings/mutations");
const { startMergeJob, startUndoJob, readMergeJob } = await import("@/lib/entities/merge-jobs/jobs");
const { runMergeJob, resumeStaleMergeJobs, kickMergeJob } = await import("@/lib/entities/merge-jobs/runner");
const { personMergePlan } = await import("@/lib/people/merge");

let analyst: Awaited<ReturnType<typeof createTestAccount>>;
beforeAll(async () => {
  analyst = await createTestAccount(db, "analyst");
});
beforeEach(() => setRequest({ cookies: analyst.cookies }));

/** A duplicate person in `count` meetings and the person to keep, in two of their own. */
async function duplicateIn(count: number) {
  const keep = await createTestPerson(db, { countryCode: "AZ" });
  const dup = await createTestPerson(db, { countryCode: "AZ", aliases: [`Spelling ${crypto.randomUUID().slice(0, 8)}`] });
  const meetings: string[] = [];
  for (let i = 0; i < count; i += 1) meetings.push((await createTestMeeting(db, { participants: [{ personId: dup.id, countryCode: "AZ" }, { countryCode: "CN" }] })).id);
  for (let i = 0; i < 2; i += 1) await createTestMeeting(db, { participants: [{ personId: keep.id, countryCode: "AZ" }, { countryCode: "CN" }] });
  return { keep, dup, meetings: meetings.sort() };
}

const mergeRevisions = (meetingId: string) => db.revision.count({ where: { entityType: "Meeting", entityId: meetingId, action: "MERGE" } });

/** Every row that names either person: equal before a merge and after its undo. */
async function footprint(personIds: string[]) {
  return Promise.all([
    db.participation.findMany({ where: { personId: { in: personIds } }, orderBy: { id: "asc" } }),
    db.personAlias.findMany({ where: { personId: { in: personIds } }, select: { id: true, personId: true, alias: true }, orderBy: { id: "asc" } }),
  ]);
}

describe("merges in batches", () => {
  it("goes on after a stop from where it was, while an edit of a meeting not yet moved keeps working, and moves each meeting once", async () => {
    const { keep, dup, meetings } = await duplicateIn(7);
    const jobId = await startMergeJob(personMergePlan, dup.id, keep.id, analyst.id);
    // The duplicate redirects at once: a form saved from now on names the kept person.
    expect((await db.person.findUniqueOrThrow({ where: { id: dup.id } })).mergedIntoId).toBe(keep.id);

    // Two meetings of the kept person re-indexed, then the first two of the duplicate's moved; then the process "dies".
    await runMergeJob(jobId, { batchSize: 2, maxBatches: 3 });
    const stopped = (await readMergeJob(jobId))!;
    expect(stopped).toMatchObject({ status: "RUNNING", total: 9, done: 4, moved: 2 });

    // An analyst saves the last meeting, opened before the merge, while the merge is stopped half way.
    const last = meetings.at(-1)!;
    const opened = (await readMeetingSnapshot(db, last))!;
    await updateMeeting(last, opened.version, { ...opened.record, title: "Saved during the merge" });
    expect((await readMeetingSnapshot(db, last))!.record.participants.map((p) => p.personId)).toContain(keep.id);

    await db.mergeJob.update({ where: { id: jobId }, data: { leaseUntil: new Date(Date.now() - 1000) } });
    expect(await resumeStaleMergeJobs({ batchSize: 2 })).toEqual([jobId]);
    const ended = (await kickMergeJob(jobId))!;
    expect(ended).toMatchObject({ status: "DONE", moved: 6, message: "Merged: 6 meetings moved." });

    expect(await db.participation.count({ where: { personId: dup.id } })).toBe(0);
    for (const id of meetings.slice(0, -1)) expect(await mergeRevisions(id)).toBe(1);
    // The edit had already moved it: the merge left it alone, and its title stands.
    expect(await mergeRevisions(last)).toBe(0);
    expect((await readMeetingSnapshot(db, last))!.record.title).toBe("Saved during the merge");
    expect(await db.revision.count({ where: { entityType: "Person", entityId: dup.id, action: "MERGE" } })).toBe(1);
  });

  it("never moves a batch twice when two instances run the same job at once", async () => {
    const { keep, dup, meetings } = await duplicateIn(5);
    const jobId = await startMergeJob(personMergePlan, dup.id, keep.id, analyst.id);
    await Promise.all([runMergeJob(jobId, { batchSize: 1 }), runMergeJob(jobId, { batchSize: 1 })]);
    expect(await readMergeJob(jobId)).toMatchObject({ status: "DONE", moved: 5 });
    for (const id of meetings) expect(await mergeRevisions(id)).toBe(1);
    const steps = await db.mergeJobStep.findMany({ where: { jobId }, select: { seq: true }, orderBy: { seq: "asc" } });
    expect(steps.map((s) => s.seq)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("undoes a merge batch by batch, every row back where it was", async () => {
    const { keep, dup } = await duplicateIn(5);
    const before = await footprint([keep.id, dup.id]);
    const mergeId = await startMergeJob(personMergePlan, dup.id, keep.id, analyst.id);
    await runMergeJob(mergeId, { batchSize: 2 });
    const undoId = await startUndoJob(personMergePlan, dup.id, analyst.id);
    await runMergeJob(undoId, { batchSize: 2 });
    expect(await readMergeJob(undoId)).toMatchObject({ status: "DONE", moved: 5, message: expect.stringContaining("5 meetings put back") });
    expect(await footprint([keep.id, dup.id])).toEqual(before);
    expect((await db.person.findUniqueOrThrow({ where: { id: dup.id } })).mergedIntoId).toBeNull();
  });

  it("refuses an undo up front, changing nothing, when any batch's rows changed since", async () => {
    const { keep, dup, meetings } = await duplicateIn(5);
    const mergeId = await startMergeJob(personMergePlan, dup.id, keep.id, analyst.id);
    await runMergeJob(mergeId, { batchSize: 2 });
    // An edit of the first meeting (the first batch, undone last) writes its participations anew.
    const snapshot = (await readMeetingSnapshot(db, meetings[0]!))!;
    await updateMeeting(meetings[0], snapshot.version, { ...snapshot.record, title: "Edited after the merge" });
    const after = await footprint([keep.id, dup.id]);
    await expect(startUndoJob(personMergePlan, dup.id, analyst.id)).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("1 of the 5 participations") });
    expect(await footprint([keep.id, dup.id])).toEqual(after);
    expect(await db.mergeJob.count({ where: { fromId: dup.id, action: "UNMERGE" } })).toBe(0);
  });

  it("refuses a second merge of a record while one runs, and a second merge of one analyst's", async () => {
    const first = await duplicateIn(1);
    await startMergeJob(personMergePlan, first.dup.id, first.keep.id, analyst.id);
    const other = await createTestPerson(db);
    await expect(startMergeJob(personMergePlan, other.id, first.keep.id, (await createTestAccount(db, "analyst")).id)).rejects.toMatchObject({ code: "conflict" });
    const unrelated = await duplicateIn(1);
    await expect(startMergeJob(personMergePlan, unrelated.dup.id, unrelated.keep.id, analyst.id)).rejects.toMatchObject({ code: "throttled" });
    // Nothing of the refused merges happened.
    expect((await db.person.findUniqueOrThrow({ where: { id: unrelated.dup.id } })).mergedIntoId).toBeNull();
  });
});
