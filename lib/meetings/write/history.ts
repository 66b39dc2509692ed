import type { Prisma, RevisionAction } from "@/lib/generated/prisma/client";
import { readMeetingSnapshot, type MeetingSnapshot } from "@/lib/meetings/write/snapshot";
import { storeSnapshot } from "@/lib/meetings/write/stored-snapshot";

type Tx = Prisma.TransactionClient;

/**
 * Writes one revision of a meeting: who, when, and the record after the change, source texts by
 * hash (stored-snapshot.ts). The record before is the previous revision's: every change goes
 * through the unit of work (unit-of-work.ts), the only caller, so the chain has no gaps. Returns
 * the record after.
 */
export async function recordMeetingRevision(
  tx: Tx,
  change: { meetingId: string; action: RevisionAction; actorId: string | null },
): Promise<MeetingSnapshot> {
  const after = (await readMeetingSnapshot(tx, change.meetingId))!;
  await tx.revision.create({
    data: {
      entityType: "Meeting",
      entityId: change.meetingId,
      version: after.version,
      action: change.action,
      actorId: change.actorId,
      after: await storeSnapshot(tx, after),
    },
  });
  return after;
}
