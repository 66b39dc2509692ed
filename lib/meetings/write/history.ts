import { AppError } from "@/lib/errors";
import type { Prisma, RevisionAction } from "@/lib/generated/prisma/client";
import { forgetFacetCounts } from "@/lib/meetings/search/facet-cache";
import { readMeetingSnapshot, type MeetingSnapshot } from "@/lib/meetings/write/snapshot";

type Tx = Prisma.TransactionClient;

/** A save from a stale version: carries the current record so the form can show both. */
export class MeetingConflictError extends AppError {
  readonly current: MeetingSnapshot;
  constructor(current: MeetingSnapshot) {
    super("conflict", "Someone else saved this meeting after you opened it. Compare the changes and choose what to keep.");
    this.current = current;
  }
}

export function isMeetingConflict(error: unknown): error is MeetingConflictError {
  return error instanceof MeetingConflictError;
}

/**
 * Locks the meeting row so concurrent writes queue, then compares versions: of two saves read at
 * the same version, the second finds the first one's version here and gets a conflict carrying
 * the current record. `expectedVersion: "current"` is for writes that apply a change to whatever
 * is there (tag additions), which therefore never conflict. Returns the record before the write.
 */
export async function lockMeetingForWrite(
  tx: Tx,
  id: string,
  expectedVersion: number | "current" | undefined,
  options: { deleted: "allow" | "refuse" | "require" } = { deleted: "refuse" },
): Promise<MeetingSnapshot> {
  const locked = await tx.$queryRaw<{ version: number; deleted: boolean }[]>`
    SELECT "version", "deletedAt" IS NOT NULL AS "deleted" FROM "Meeting" WHERE "id" = ${id}::uuid FOR UPDATE`;
  const row = locked[0];
  if (!row || (row.deleted && options.deleted === "refuse")) {
    throw new AppError("not_found", "This meeting does not exist or was deleted.");
  }
  if (!row.deleted && options.deleted === "require") throw new AppError("conflict", "This meeting is not deleted.");
  const before = (await readMeetingSnapshot(tx, id))!;
  if (expectedVersion !== "current" && row.version !== expectedVersion) throw new MeetingConflictError(before);
  return before;
}

/** Writes one revision of a meeting: who, when, the record before and after. Call it after the write. */
export async function recordMeetingRevision(
  tx: Tx,
  change: { meetingId: string; action: RevisionAction; actorId: string | null; before: MeetingSnapshot | null },
): Promise<MeetingSnapshot> {
  const after = (await readMeetingSnapshot(tx, change.meetingId))!;
  forgetFacetCounts();
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
