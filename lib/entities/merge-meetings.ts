import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshMeetingSearchVectors } from "@/lib/meetings/search-vector";
import { lockMeetingForWrite, recordMeetingRevision } from "@/lib/meetings/write/history";
import type { MeetingSnapshot } from "@/lib/meetings/write/snapshot";

type Tx = Prisma.TransactionClient;

/**
 * The meetings a merge (or its undo) of people or organisations touches. Locked in id order, so
 * two merges never deadlock; the snapshots are each meeting's "before".
 */
export async function lockMeetingsForMerge(tx: Tx, ids: string[]): Promise<Map<string, MeetingSnapshot>> {
  const before = new Map<string, MeetingSnapshot>();
  for (const id of [...ids].sort()) before.set(id, await lockMeetingForWrite(tx, id, "current", { deleted: "allow" }));
  return before;
}

/** Each touched meeting gets a new version, its search vector, and a revision of its own. */
export async function finishMergedMeetings(tx: Tx, before: Map<string, MeetingSnapshot>, actorId: string, action: "MERGE" | "UNMERGE") {
  for (const [meetingId, snapshot] of before) {
    await tx.meeting.update({ where: { id: meetingId }, data: { version: { increment: 1 }, updatedById: actorId }, select: { id: true } });
    if (!snapshot.deletedAt) await refreshMeetingSearchVectors(tx, meetingId);
    await recordMeetingRevision(tx, { meetingId, action, actorId, before: snapshot });
  }
}
