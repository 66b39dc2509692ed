import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshMeetingSearchVectors } from "@/lib/meetings/search-vector";
import { lockMeetingForWrite, recordMeetingRevision } from "@/lib/meetings/write/history";
import type { MeetingSnapshot } from "@/lib/meetings/write/snapshot";
import { unsafeWriteMeeting } from "@/lib/meetings/write/write-meeting";

type Tx = Prisma.TransactionClient;
type Result = { id: string; version: number };

/** Soft-deletes a meeting read at `expectedVersion`: its link then says who deleted it and when. */
export async function unsafeDeleteMeeting(tx: Tx, actorId: string | null, meetingId: string, expectedVersion: number): Promise<Result> {
  const before = await lockMeetingForWrite(tx, meetingId, expectedVersion);
  const meeting = await tx.meeting.update({
    where: { id: meetingId },
    data: { deletedAt: new Date(), deletedById: actorId, updatedById: actorId, version: { increment: 1 } },
    select: { id: true, version: true },
  });
  await recordMeetingRevision(tx, { meetingId, action: "DELETE", actorId, before });
  return meeting;
}

/** Brings a deleted meeting back from the trash, exactly as it was when deleted. */
export async function unsafeUndeleteMeeting(tx: Tx, actorId: string, meetingId: string): Promise<Result> {
  const before = await lockMeetingForWrite(tx, meetingId, "current", { deleted: "require" });
  const meeting = await tx.meeting.update({
    where: { id: meetingId },
    data: { deletedAt: null, deletedById: null, updatedById: actorId, version: { increment: 1 } },
    select: { id: true, version: true },
  });
  await refreshMeetingSearchVectors(tx, meetingId);
  await recordMeetingRevision(tx, { meetingId, action: "RESTORE", actorId, before });
  return meeting;
}

/**
 * Writes the record as it stood at revision `revisionVersion` back as a new revision (fields,
 * participants, sources with their text, evidence). Nothing is lost: the restore is itself a
 * revision, and the one it replaced stays in the history.
 */
export async function unsafeRestoreMeetingRevision(
  tx: Tx,
  actorId: string,
  meetingId: string,
  revisionVersion: number,
  expectedVersion: number,
): Promise<Result> {
  const revision = await tx.revision.findFirst({
    where: { entityType: "Meeting", entityId: meetingId, version: revisionVersion },
    select: { after: true },
  });
  const snapshot = revision?.after as MeetingSnapshot | null | undefined;
  if (!snapshot?.record) throw new AppError("not_found", "This revision does not exist.");
  if (snapshot.deletedAt) throw new AppError("validation", "This revision is a deletion: restore the meeting from the trash instead.");
  return unsafeWriteMeeting(tx, {
    actorId,
    meetingId,
    expectedVersion,
    record: snapshot.record,
    action: "RESTORE",
    allowSourceRecreation: true,
  });
}
