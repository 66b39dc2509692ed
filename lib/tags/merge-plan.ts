import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { expectAllMoved, lockMergedMeetings } from "@/lib/entities/merge-meetings";
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
  // From now on the old name (typed, or in an open form) resolves to the tag it is merged into;
  // so do the names of tags merged into it before (kept, for an undo to point them back).
  const repointedIds = (await tx.tag.findMany({ where: { mergedIntoId: fromId }, select: { id: true } })).map((t) => t.id);
  await tx.tag.updateMany({ where: { id: { in: repointedIds } }, data: { mergedIntoId: intoId } });
  await tx.tag.update({ where: { id: fromId }, data: { mergedIntoId: intoId } });
  const start: TagMergeStart = { name: locked.get(fromId)!.name, repointedIds };
  return { ...start };
}

/** What the start of a tag merge did to the tags themselves. */
interface TagMergeStart {
  name: string;
  /** Tags merged into the duplicate earlier, which now lead to the kept tag. */
  repointedIds: string[];
}

type TagLink = { meetingId: string; createdAt: string; createdById: string | null };

/** What one batch moved: each meeting's old link as it was, and which meetings already had the kept tag. */
interface TagMergeStep {
  meetingIds: string[];
  /** Absent in steps of merges from before tag merges could be undone. */
  links?: TagLink[];
  hadInto?: string[];
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
  const links = await unit.tx.$queryRaw<TagLink[]>`
    SELECT "meetingId"::text AS "meetingId", to_json("createdAt")#>>'{}' AS "createdAt", "createdById" FROM "MeetingTag"
    WHERE "tagId" = ${fromId}::uuid AND "meetingId" = ANY(${meetingIds}::uuid[]) ORDER BY "meetingId"`;
  const hadInto = await unit.tx.$queryRaw<{ meetingId: string }[]>`
    SELECT "meetingId"::text AS "meetingId" FROM "MeetingTag" WHERE "tagId" = ${intoId}::uuid AND "meetingId" = ANY(${meetingIds}::uuid[]) ORDER BY "meetingId"`;
  await unit.tx.$executeRaw`
    INSERT INTO "MeetingTag" ("meetingId", "tagId", "createdAt", "createdById")
    SELECT "meetingId", ${intoId}::uuid, "createdAt", "createdById" FROM "MeetingTag"
    WHERE "tagId" = ${fromId}::uuid AND "meetingId" = ANY(${meetingIds}::uuid[])
    ON CONFLICT DO NOTHING`;
  await unit.tx.$executeRaw`DELETE FROM "MeetingTag" WHERE "tagId" = ${fromId}::uuid AND "meetingId" = ANY(${meetingIds}::uuid[])`;
  const step: TagMergeStep = { meetingIds, links, hadInto: hadInto.map((r) => r.meetingId) };
  return { ...step };
}

async function lockTags(tx: Tx, ids: string[]) {
  return tx.$queryRaw<{ id: string; mergedIntoId: string | null }[]>`
    SELECT "id"::text AS "id", "mergedIntoId"::text AS "mergedIntoId" FROM "Tag" WHERE "id" = ANY(${ids}::uuid[]) ORDER BY "id" FOR UPDATE`;
}

/**
 * Refuses, changing nothing, unless every meeting the merge moved still carries the kept tag: an
 * analyst who took it off since meant it, and putting the old tag back would undo that.
 */
async function expectStillMoved(tx: Tx, intoId: string, steps: TagMergeStep[]): Promise<void> {
  const meetingIds = [...new Set(steps.flatMap((s) => s.meetingIds))];
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n" FROM "MeetingTag" WHERE "tagId" = ${intoId}::uuid AND "meetingId" = ANY(${meetingIds}::uuid[])`;
  expectAllMoved(row!.n, meetingIds.length, "meetings' tags");
}

async function undoBegin(unit: MeetingUnitOfWork, fromId: string, intoId: string, [begun, ...records]: StepRecord[]): Promise<void> {
  const { tx } = unit;
  const [from] = (await lockTags(tx, [fromId, intoId])).filter((t) => t.id === fromId);
  if (!from?.mergedIntoId) throw new AppError("conflict", "This merge was already undone.");
  if (from.mergedIntoId !== intoId) throw new AppError("conflict", "This merge can no longer be undone: the tag it was merged into was merged on into another. Undo that merge first.");
  const steps = records as unknown as TagMergeStep[];
  if (steps.some((s) => !s.links || !s.hadInto)) throw new AppError("conflict", "This merge was made before tag merges could be undone: correct the meetings' tags by hand.");
  await expectStillMoved(tx, intoId, steps);
  const start = begun as unknown as Partial<TagMergeStart>;
  await tx.tag.update({ where: { id: fromId }, data: { mergedIntoId: null } });
  await tx.tag.updateMany({ where: { id: { in: start.repointedIds ?? [] }, mergedIntoId: intoId }, data: { mergedIntoId: fromId } });
}

/** Gives one batch's meetings their old tag back (as it was added) and takes the kept one off where the merge put it on. */
async function undoStep(unit: MeetingUnitOfWork, fromId: string, intoId: string, record: StepRecord): Promise<number> {
  const { tx } = unit;
  const step = record as unknown as Required<TagMergeStep>;
  await lockMergedMeetings(unit, step.meetingIds, "UNMERGE");
  await expectStillMoved(tx, intoId, [step]);
  // Who added it is kept unless that account is gone since.
  await tx.$executeRaw`
    INSERT INTO "MeetingTag" ("meetingId", "tagId", "createdAt", "createdById")
    SELECT l."meetingId"::uuid, ${fromId}::uuid, l."createdAt"::timestamptz, u."id"
    FROM jsonb_to_recordset(${JSON.stringify(step.links)}::jsonb) AS l("meetingId" text, "createdAt" text, "createdById" text)
    LEFT JOIN "user" u ON u."id" = l."createdById"
    ON CONFLICT DO NOTHING`;
  const addedByMerge = step.meetingIds.filter((id) => !step.hadInto.includes(id));
  await tx.$executeRaw`DELETE FROM "MeetingTag" WHERE "tagId" = ${intoId}::uuid AND "meetingId" = ANY(${addedByMerge}::uuid[])`;
  return step.meetingIds.length;
}

/**
 * Tag merges in batches (lib/entities/merge-jobs). The moved meetings are re-indexed as they
 * change; no other meeting shows the old name. An undo gives every moved meeting its old tag
 * back and takes the kept tag off those that had only the old one, or refuses when an analyst
 * changed a moved meeting's tags since.
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
  undo: { begin: undoBegin, step: undoStep, meetingsOf: (step) => (step as unknown as TagMergeStep).meetingIds },
};
