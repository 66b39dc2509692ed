import type { MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";

// The machine-draft marks and a draft's discard, inside a meeting unit of work (this file is one
// of MEETING_WRITERS in eslint.config.mjs). The marks are not part of the record: a revision
// shows the draft's fields, and the review queue reads the marks from the meeting row.

/**
 * Marks a meeting this unit just wrote as a machine draft. `dated: false` leaves it without a
 * date (the record needs one to be written; the queue flags the gap). A draft that gains a
 * second account keeps the higher confidence.
 */
export async function markMachineDraft(unit: MeetingUnitOfWork, meetingId: string, mark: { confidence: number; dated: boolean }): Promise<void> {
  const current = await unit.tx.meeting.findUnique({ where: { id: meetingId }, select: { draftConfidence: true } });
  const confidence = Math.max(mark.confidence, current?.draftConfidence ?? 0);
  await unit.tx.meeting.update({
    where: { id: meetingId },
    data: { machineDrafted: true, draftConfidence: confidence, ...(mark.dated ? {} : { date: null }) },
    select: { id: true },
  });
}

/** Moves a draft read at `expectedVersion` to the trash, `note` (the reason) on its DELETE revision. */
export async function trashDraft(unit: MeetingUnitOfWork, meetingId: string, expectedVersion: number, note: string): Promise<void> {
  await unit.lock(meetingId, { expectedVersion });
  await unit.tx.meeting.update({
    where: { id: meetingId },
    data: { deletedAt: new Date(), deletedById: unit.actorId, updatedById: unit.actorId },
    select: { id: true },
  });
  unit.changed(meetingId, "DELETE", note);
}
