import { AppError } from "@/lib/errors";
import { loadSnapshot } from "@/lib/meetings/internal/write/stored-snapshot";
import type { MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";
import { writeMeetingRecord } from "@/lib/meetings/write/write-meeting";

/** Soft-deletes a meeting read at `expectedVersion`: its link then says who deleted it and when. */
export async function deleteMeetingInUnit(unit: MeetingUnitOfWork, meetingId: string, expectedVersion: number): Promise<void> {
  await unit.lock(meetingId, { expectedVersion });
  await unit.tx.meeting.update({
    where: { id: meetingId },
    data: { deletedAt: new Date(), deletedById: unit.actorId, updatedById: unit.actorId },
    select: { id: true },
  });
  unit.changed(meetingId, "DELETE");
}

/** Brings a deleted meeting back from the trash, exactly as it was when deleted. */
export async function undeleteMeetingInUnit(unit: MeetingUnitOfWork, meetingId: string): Promise<void> {
  await unit.lock(meetingId, { expectedVersion: "current", deleted: "require" });
  await unit.tx.meeting.update({
    where: { id: meetingId },
    data: { deletedAt: null, deletedById: null, updatedById: unit.actorId },
    select: { id: true },
  });
  unit.changed(meetingId, "RESTORE");
}

/**
 * Writes the record as it stood at revision `revisionVersion` back as a new revision (fields,
 * participants, sources with their text, evidence). Nothing is lost: the restore is itself a
 * revision, and the one it replaced stays in the history. A meeting in the trash is restored this
 * way only when `fromTrash` says the caller may take meetings out of it (admins, as the trash).
 */
export async function restoreRevisionInUnit(
  unit: MeetingUnitOfWork,
  meetingId: string,
  revisionVersion: number,
  expectedVersion: number,
  options: { fromTrash: boolean },
): Promise<void> {
  const current = await unit.lock(meetingId, { expectedVersion, deleted: "allow" });
  if (current.deletedAt && !options.fromTrash) {
    throw new AppError("forbidden", "This meeting is in the trash: only an admin can bring it back.");
  }
  const revision = await unit.tx.revision.findFirst({
    where: { entityType: "Meeting", entityId: meetingId, version: revisionVersion },
    select: { after: true },
  });
  const snapshot = await loadSnapshot(unit.tx, revision?.after);
  if (!snapshot?.record) throw new AppError("not_found", "This revision does not exist.");
  if (snapshot.deletedAt) throw new AppError("validation", "This revision is a deletion: restore the meeting from the trash instead.");
  await writeMeetingRecord(unit, { meetingId, expectedVersion, record: snapshot.record, action: "RESTORE", allowSourceRecreation: true });
}
