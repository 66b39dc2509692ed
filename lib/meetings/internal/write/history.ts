import type { Prisma, RevisionAction } from "@/lib/generated/prisma/client";
import { readMeetingSnapshots, type MeetingSnapshot } from "@/lib/meetings/write/snapshot";
import { storeSnapshots } from "@/lib/meetings/internal/write/stored-snapshot";

type Tx = Prisma.TransactionClient;

/**
 * Writes one revision per changed meeting: who, when, and the record after the change, source
 * texts by hash (stored-snapshot.ts), in one statement per table for all of them. The record
 * before is the previous revision's: every change goes through the unit of work
 * (unit-of-work.ts), the only caller, so the chain has no gaps. Returns the records after.
 */
export async function recordMeetingRevisions(
  tx: Tx,
  changes: { meetingId: string; action: RevisionAction; note: string | null }[],
  actorId: string | null,
): Promise<Map<string, MeetingSnapshot>> {
  const after = await readMeetingSnapshots(tx, changes.map((change) => change.meetingId));
  const snapshots = changes.map((change) => after.get(change.meetingId)!);
  const stored = await storeSnapshots(tx, snapshots);
  await tx.revision.createMany({
    data: changes.map((change, i) => ({
      entityType: "Meeting",
      entityId: change.meetingId,
      version: snapshots[i]!.version,
      action: change.action,
      note: change.note,
      actorId,
      after: stored[i]!,
    })),
  });
  return after;
}
