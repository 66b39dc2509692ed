import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma, type MergeJobStatus, type MergeSubject } from "@/lib/generated/prisma/client";
import { runMeetingWork, type MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";
import { RetryLaterError } from "@/lib/security/user-limits";
import type { MergePlan, StepRecord } from "@/lib/entities/merge-jobs/plan";

type Tx = Prisma.TransactionClient;

/** How long the instance running a job holds it between batches before another may take it over. */
export const MERGE_LEASE_MS = 60_000;

/** What the analyst sees of a job: enough for a progress bar and its outcome. */
export interface MergeJobProgress {
  id: string;
  subject: MergeSubject;
  action: "MERGE" | "UNMERGE";
  fromId: string;
  intoId: string;
  status: MergeJobStatus;
  /** Meetings visited (moved or re-indexed): what the progress bar counts. */
  done: number;
  total: number;
  /** Meetings whose rows moved (or moved back). */
  moved: number;
  message: string | null;
}

const PROGRESS_SELECT = { id: true, subject: true, action: true, fromId: true, intoId: true, status: true, done: true, total: true, moved: true, message: true } as const;

function asProgress(row: Prisma.MergeJobGetPayload<{ select: typeof PROGRESS_SELECT }>): MergeJobProgress {
  return { ...row, action: row.action === "UNMERGE" ? "UNMERGE" : "MERGE" };
}

export async function readMergeJob(id: string): Promise<MergeJobProgress | null> {
  const row = await db.mergeJob.findUnique({ where: { id }, select: PROGRESS_SELECT });
  return row ? asProgress(row) : null;
}

/** A job with the names of the two records, as a page shows it. */
export interface MergeJobView extends MergeJobProgress {
  fromName: string;
  intoName: string;
}

const NAME_TABLES = { PERSON: "Person", ORGANIZATION: "Organization", TAG: "Tag" } as const satisfies Record<MergeSubject, string>;

/**
 * The job an entity page shows: one running on this record, or the latest that failed, or one
 * that finished in the last minute (so the page that started it sees it end); with no record, the
 * latest such job of any (the tags list). As a statement, so a page can fold it into its own.
 */
export function currentMergeJobStatement(subject: MergeSubject, entityId: string | null): Prisma.Sql {
  const table = Prisma.raw(`"${NAME_TABLES[subject]}"`);
  return Prisma.sql`
    SELECT j."id"::text AS "id", j."subject"::text AS "subject", j."action"::text AS "action", j."fromId"::text AS "fromId",
           j."intoId"::text AS "intoId", j."status"::text AS "status", j."done", j."total", j."moved", j."message",
           coalesce(f."name", '') AS "fromName", coalesce(i."name", '') AS "intoName"
    FROM "MergeJob" j LEFT JOIN ${table} f ON f."id" = j."fromId" LEFT JOIN ${table} i ON i."id" = j."intoId"
    WHERE j."subject" = ${subject}::"MergeSubject"
      AND (${entityId}::uuid IS NULL OR j."fromId" = ${entityId}::uuid OR j."intoId" = ${entityId}::uuid)
      AND (j."status" <> 'DONE' OR j."finishedAt" > now() - interval '1 minute')
    ORDER BY j."createdAt" DESC LIMIT 1`;
}

/** What currentMergeJobStatement reads, as a page shows it. No auth check. */
export async function currentMergeJobFor(subject: MergeSubject, entityId: string | null): Promise<MergeJobView | null> {
  const [row] = await db.$queryRaw<MergeJobView[]>(currentMergeJobStatement(subject, entityId));
  return row ? asMergeJobView(row) : null;
}

/** A row of currentMergeJobStatement (read alone, or as JSON inside a page's statement). */
export function asMergeJobView(row: MergeJobView): MergeJobView {
  return { ...row, action: row.action === "UNMERGE" ? "UNMERGE" : "MERGE" };
}

/** Meetings in which any of these people take part, after `after`, in id order. */
export async function meetingsOfPeople(tx: Tx, personIds: string[], after: string | null, limit: number): Promise<string[]> {
  if (personIds.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT "meetingId"::text AS "id" FROM "Participation"
    WHERE "personId" = ANY(${personIds}::uuid[]) AND (${after}::uuid IS NULL OR "meetingId" > ${after}::uuid)
    ORDER BY 1 LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

async function countMeetingsOfPeople(tx: Tx, personIds: string[]): Promise<number> {
  if (personIds.length === 0) return 0;
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(DISTINCT "meetingId")::int AS "n" FROM "Participation" WHERE "personId" = ANY(${personIds}::uuid[])`;
  return row?.n ?? 0;
}

/**
 * One job at a time per record (either side) and per analyst: two merges moving the same rows
 * at once could each undo the other's work, and one analyst's merges queue behind each other.
 */
async function refuseWhenBusy(tx: Tx, subject: MergeSubject, ids: string[], actorId: string): Promise<void> {
  const running = await tx.mergeJob.findMany({
    where: { status: "RUNNING", OR: [{ subject, OR: [{ fromId: { in: ids } }, { intoId: { in: ids } }] }, { createdById: actorId }] },
    select: { subject: true, fromId: true, intoId: true, createdById: true },
  });
  const onThese = running.find((job) => job.subject === subject && (ids.includes(job.fromId) || ids.includes(job.intoId)));
  if (onThese) throw new AppError("conflict", "Another merge of one of these records is still running. Wait until it finishes, then try again.");
  if (running.length > 0) throw new RetryLaterError("Your previous merge is still running. Try again when it has finished.", 30_000);
}

async function createJob(unit: MeetingUnitOfWork, data: Omit<Prisma.MergeJobUncheckedCreateInput, "leaseUntil" | "createdById">): Promise<string> {
  try {
    const job = await unit.tx.mergeJob.create({
      data: { ...data, createdById: unit.actorId, leaseUntil: new Date(Date.now() + MERGE_LEASE_MS) },
      select: { id: true },
    });
    return job.id;
  } catch (error) {
    // The partial unique indexes: another start won the race for one of these records.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "Another merge of one of these records started a moment ago. Wait until it finishes, then try again.");
    }
    throw error;
  }
}

// The start locks two records and counts their meetings: quick, but more than a save's 20 s
// budget must never be needed; the batches do the long part.
const START_TIMEOUTS = { maxWait: 10_000, timeout: 30_000 } as const;

/** Starts merging `fromId` into `intoId`: the records are marked at once; meetings move in batches. No auth check. */
export async function startMergeJob(plan: MergePlan, fromId: string, intoId: string, actorId: string): Promise<string> {
  return runMeetingWork(
    db,
    actorId,
    async (unit) => {
      await refuseWhenBusy(unit.tx, plan.subject, [fromId, intoId], actorId);
      const started = await plan.begin(unit, fromId, intoId);
      const total = (await plan.countMeetingsNaming(unit.tx, fromId)) + (await countMeetingsOfPeople(unit.tx, plan.reindexPeople(fromId, intoId, "MERGE")));
      const jobId = await createJob(unit, { subject: plan.subject, action: "MERGE", fromId, intoId, total, phase: "reindex" });
      await unit.tx.mergeJobStep.create({ data: { jobId, seq: 0, record: started } });
      return jobId;
    },
    START_TIMEOUTS,
  );
}

/** The latest finished merge of `fromId`: its job, or (merges from before jobs) its revision's record. */
async function latestMerge(tx: Tx, plan: MergePlan, fromId: string): Promise<{ jobId: string | null; intoId: string; begun: StepRecord; steps: StepRecord[] }> {
  const job = await tx.mergeJob.findFirst({ where: { subject: plan.subject, action: "MERGE", fromId, status: "DONE" }, orderBy: { createdAt: "desc" }, select: { id: true, intoId: true } });
  const revision = await tx.revision.findFirst({ where: { entityType: plan.entityType, entityId: fromId, action: "MERGE" }, orderBy: { id: "desc" }, select: { after: true } });
  const after = revision?.after as (StepRecord & { jobId?: string; intoId?: string }) | null | undefined;
  if (!after) throw new AppError("not_found", `This ${plan.words.one} was never merged.`);
  if (after.jobId && job && after.jobId === job.id) {
    const steps = await tx.mergeJobStep.findMany({ where: { jobId: job.id }, orderBy: { seq: "asc" }, select: { record: true } });
    const [begun, ...moved] = steps.map((s) => s.record as StepRecord);
    return { jobId: job.id, intoId: job.intoId, begun: begun ?? {}, steps: moved };
  }
  // A merge done in one transaction before jobs: its revision holds the whole record.
  return { jobId: null, intoId: String(after.intoId), begun: after, steps: [after] };
}

/** Starts undoing `fromId`'s latest merge: refused, changing nothing, when its rows changed since. No auth check. */
export async function startUndoJob(plan: MergePlan, fromId: string, actorId: string): Promise<string> {
  const undo = plan.undo;
  if (!undo) throw new AppError("validation", `A ${plan.words.one} merge cannot be undone.`);
  return runMeetingWork(
    db,
    actorId,
    async (unit) => {
      const merge = await latestMerge(unit.tx, plan, fromId);
      await refuseWhenBusy(unit.tx, plan.subject, [fromId, merge.intoId], actorId);
      await undo.begin(unit, fromId, merge.intoId, [merge.begun, ...merge.steps]);
      const meetings = new Set(merge.steps.flatMap((step) => undo.meetingsOf(step))).size;
      const total = meetings + (await countMeetingsOfPeople(unit.tx, plan.reindexPeople(fromId, merge.intoId, "UNMERGE")));
      const jobId = await createJob(unit, { subject: plan.subject, action: "UNMERGE", fromId, intoId: merge.intoId, undoesId: merge.jobId, total, phase: "move" });
      // An undo reads the merge job's steps; a merge from before jobs has its one record copied here.
      if (!merge.jobId) await unit.tx.mergeJobStep.create({ data: { jobId, seq: 1, record: merge.steps[0]! } });
      return jobId;
    },
    START_TIMEOUTS,
  );
}
