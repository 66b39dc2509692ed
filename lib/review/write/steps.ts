import { AppError } from "@/lib/errors";
import type { MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";
import { lastEditorOf } from "@/lib/review/last-editor";
import { unsafeReadReviewRule } from "@/lib/review/settings";
import { approvalRefusal, returnRefusal, submitRefusal } from "@/lib/review/status-rule";

// The review steps, each inside a meeting unit of work: it locks the meeting, compares the version
// the caller read (two steps from one version: the second gets a conflict), and records the step
// as a revision. Callers check the caller's role (lib/review/mutations.ts).

async function machineDrafted(unit: MeetingUnitOfWork, meetingId: string): Promise<boolean> {
  const row = await unit.tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { machineDrafted: true } });
  return row.machineDrafted;
}

/** Draft or Returned → In review: a SUBMIT revision. */
export async function submitInUnit(unit: MeetingUnitOfWork, meetingId: string, version: number): Promise<void> {
  const before = await unit.lock(meetingId, { expectedVersion: version });
  const refusal = submitRefusal(before.record.status);
  if (refusal) throw new AppError("conflict", refusal);
  await unit.tx.meeting.update({ where: { id: meetingId }, data: { status: "IN_REVIEW" }, select: { id: true } });
  await unit.tx.reviewAssignment.deleteMany({ where: { meetingId } });
  unit.changed(meetingId, "SUBMIT");
}

/** → Published, a machine draft accepted: an APPROVE revision. With the rule on, never by the last editor. */
export async function approveInUnit(unit: MeetingUnitOfWork, meetingId: string, version: number): Promise<void> {
  const before = await unit.lock(meetingId, { expectedVersion: version });
  const refusal = approvalRefusal({
    status: before.record.status,
    machineDrafted: await machineDrafted(unit, meetingId),
    actorId: unit.actorId ?? "",
    lastEditorId: await lastEditorOf(unit.tx, meetingId),
    rule: await unsafeReadReviewRule(unit.tx),
  });
  if (refusal) throw new AppError(refusal.code, refusal.message);
  await unit.tx.meeting.update({ where: { id: meetingId }, data: { status: "PUBLISHED", machineDrafted: false }, select: { id: true } });
  await unit.tx.reviewAssignment.deleteMany({ where: { meetingId } });
  unit.changed(meetingId, "APPROVE");
}

/** In review (or a machine draft) → Returned, with the reason as the RETURN revision's note. */
export async function returnInUnit(unit: MeetingUnitOfWork, meetingId: string, version: number, reason: string): Promise<void> {
  const before = await unit.lock(meetingId, { expectedVersion: version });
  const refusal = returnRefusal(before.record.status, await machineDrafted(unit, meetingId));
  if (refusal) throw new AppError("conflict", refusal);
  await unit.tx.meeting.update({ where: { id: meetingId }, data: { status: "RETURNED" }, select: { id: true } });
  await unit.tx.reviewAssignment.deleteMany({ where: { meetingId } });
  unit.changed(meetingId, "RETURN", reason);
}
