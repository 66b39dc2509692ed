import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockMergedMeetings } from "@/lib/entities/merge-meetings";
import type { MergePlan, StepRecord } from "@/lib/entities/merge-jobs/plan";
import type { MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";
import { lockTag } from "@/lib/tags/mutations";

type Tx = Prisma.TransactionClient;

async function begin(unit: MeetingUnitOfWork, fromId: string, intoId: string): Promise<StepRecord> {
  const { tx } = unit;
  // In id order, as meetings are locked: two merges of the same pair never deadlock.
  const [first, second] = [fromId, intoId].sort();
  const locked = new Map<string, Awaited<ReturnType<typeof lockTag>>>();
  for (const id of [first!, second!]) {
    locked.set(
      id,
      await lockTag(tx, id).catch((error: unknown) => {
        if (id !== intoId) throw error;
        throw new AppError("validation", "Check the highlighted fields.", { fieldErrors: { intoId: ["This tag does not exist or was merged into another."] } });
      }),
    );
  }
  // From now on the old name (typed, or in an open form) resolves to the tag it is merged into.
  await tx.tag.updateMany({ where: { mergedIntoId: fromId }, data: { mergedIntoId: intoId } });
  await tx.tag.update({ where: { id: fromId }, data: { mergedIntoId: intoId } });
  return { name: locked.get(fromId)!.name };
}

async function meetingsNaming(tx: Tx, fromId: string, after: string | null, limit: number): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "meetingId"::text AS "id" FROM "MeetingTag"
    WHERE "tagId" = ${fromId}::uuid AND (${after}::uuid IS NULL OR "meetingId" > ${after}::uuid)
    ORDER BY "meetingId" LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

async function countMeetingsNaming(tx: Tx, fromId: string): Promise<number> {
  return tx.meetingTag.count({ where: { tagId: fromId } });
}

/** Moves these meetings' links to the kept tag; each meeting (in the trash too) gets a revision. */
async function moveBatch(unit: MeetingUnitOfWork, fromId: string, intoId: string, meetingIds: string[]): Promise<StepRecord> {
  await lockMergedMeetings(unit, meetingIds, "MERGE");
  await unit.tx.$executeRaw`
    INSERT INTO "MeetingTag" ("meetingId", "tagId", "createdAt", "createdById")
    SELECT "meetingId", ${intoId}::uuid, "createdAt", "createdById" FROM "MeetingTag"
    WHERE "tagId" = ${fromId}::uuid AND "meetingId" = ANY(${meetingIds}::uuid[])
    ON CONFLICT DO NOTHING`;
  await unit.tx.$executeRaw`DELETE FROM "MeetingTag" WHERE "tagId" = ${fromId}::uuid AND "meetingId" = ANY(${meetingIds}::uuid[])`;
  return { meetingIds };
}

/**
 * Tag merges in batches (lib/entities/merge-jobs). The moved meetings are re-indexed as they
 * change; no other meeting shows the old name. Not undoable yet: the old tag keeps its links'
 * history in each meeting's revisions.
 */
export const tagMergePlan: MergePlan = {
  subject: "TAG",
  entityType: "Tag",
  words: { one: "tag", many: "tags" },
  begin,
  meetingsNaming,
  countMeetingsNaming,
  moveBatch,
  reindexPeople: () => [],
};
