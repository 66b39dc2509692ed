import type { Prisma, RevisionAction } from "@/lib/generated/prisma/client";
import { readMeetingSnapshot, type MeetingSnapshot } from "@/lib/meetings/write/snapshot";

type Tx = Prisma.TransactionClient;

/**
 * Writes one revision of a meeting: who, when, the record before and after. Only the unit of work
 * (unit-of-work.ts) calls it, after the change and the version bump.
 */
export async function recordMeetingRevision(
  tx: Tx,
  change: { meetingId: string; action: RevisionAction; actorId: string | null; before: MeetingSnapshot | null },
): Promise<MeetingSnapshot> {
  const after = (await readMeetingSnapshot(tx, change.meetingId))!;
  await tx.revision.create({
    data: {
      entityType: "Meeting",
      entityId: change.meetingId,
      version: after.version,
      action: change.action,
      actorId: change.actorId,
      before: change.before ? toJson(change.before) : undefined,
      after: toJson(after),
    },
  });
  return after;
}

function toJson(snapshot: MeetingSnapshot): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(snapshot)) as Prisma.InputJsonObject;
}
