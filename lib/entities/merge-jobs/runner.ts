import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { MergeSubject } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { runMeetingWork, type MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";
import { MERGE_LEASE_MS, meetingsOfPeople, readMergeJob, type MergeJobProgress } from "@/lib/entities/merge-jobs/jobs";
import { meetingsInWords } from "@/lib/entities/merge-jobs/outcome";
import type { MergePlan, StepRecord } from "@/lib/entities/merge-jobs/plan";
import { MERGE_PLANS } from "@/lib/entities/internal/merge-jobs/plans";

/**
 * Meetings per batch. Each batch locks this many meetings for one short transaction (measured:
 * docs/measurements.md, "Merges"): an edit of one of them waits at most that long, never the
 * whole merge.
 */
export const MERGE_BATCH_SIZE = 100;

// A batch is a hundred meetings' rows and revisions: seconds at worst, never the 120 s a whole
// merge once needed.
const BATCH_TIMEOUTS = { maxWait: 10_000, timeout: 30_000 } as const;

/** Unexpected failures in a row after which a job stops as failed instead of being retried. */
const MAX_ATTEMPTS = 3;


interface JobRow {
  id: string;
  subject: MergeSubject;
  action: string;
  fromId: string;
  intoId: string;
  undoesId: string | null;
  status: string;
  phase: string;
  cursor: string | null;
  done: number;
  moved: number;
  total: number;
}

async function lockJob(unit: MeetingUnitOfWork, id: string): Promise<JobRow | null> {
  const rows = await unit.tx.$queryRaw<JobRow[]>`
    SELECT "id"::text AS "id", "subject"::text AS "subject", "action"::text AS "action", "fromId"::text AS "fromId",
      "intoId"::text AS "intoId", "undoesId"::text AS "undoesId", "status"::text AS "status", "phase", "cursor", "done", "moved", "total"
    FROM "MergeJob" WHERE "id" = ${id}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

type Advance = { phase: string; cursor: string | null; visited: number; moved?: number };

/** The next batch of a merge: re-index the kept record's meetings, then move the merged one's. */
async function mergeBatch(unit: MeetingUnitOfWork, plan: MergePlan, job: JobRow, size: number): Promise<Advance> {
  const { tx } = unit;
  if (job.phase === "reindex") {
    const ids = await meetingsOfPeople(tx, plan.reindexPeople(job.fromId, job.intoId, "MERGE"), job.cursor, size);
    if (ids.length === 0) return { phase: "move", cursor: null, visited: 0 };
    unit.reindex(ids);
    return { phase: "reindex", cursor: ids.at(-1)!, visited: ids.length };
  }
  if (job.phase === "move") {
    const ids = await plan.meetingsNaming(tx, job.fromId, job.cursor, size);
    if (ids.length === 0) return { phase: "end", cursor: null, visited: 0 };
    const record = await plan.moveBatch(unit, job.fromId, job.intoId, ids);
    const seq = (await tx.mergeJobStep.count({ where: { jobId: job.id } }));
    await tx.mergeJobStep.create({ data: { jobId: job.id, seq, record } });
    return { phase: "move", cursor: ids.at(-1)!, visited: ids.length, moved: ids.length };
  }
  throw new Error(`A merge job has no phase "${job.phase}".`);
}

/** The next batch of an undo: put back the merge's batches, newest first, then re-index both records' meetings. */
async function undoBatch(unit: MeetingUnitOfWork, plan: MergePlan, job: JobRow, size: number): Promise<Advance> {
  const undo = plan.undo!;
  const { tx } = unit;
  if (job.phase === "move") {
    const before = job.cursor === null ? undefined : Number(job.cursor);
    const step = await tx.mergeJobStep.findFirst({
      where: { jobId: job.undoesId ?? job.id, seq: { gte: 1, ...(before === undefined ? {} : { lt: before }) } },
      orderBy: { seq: "desc" },
      select: { seq: true, record: true },
    });
    if (!step) return { phase: "reindex", cursor: null, visited: 0 };
    const record = step.record as StepRecord;
    await undo.step(unit, job.fromId, job.intoId, record);
    const meetings = undo.meetingsOf(record).length;
    return { phase: "move", cursor: String(step.seq), visited: meetings, moved: meetings };
  }
  if (job.phase === "reindex") {
    const ids = await meetingsOfPeople(tx, plan.reindexPeople(job.fromId, job.intoId, "UNMERGE"), job.cursor, size);
    if (ids.length === 0) return { phase: "end", cursor: null, visited: 0 };
    unit.reindex(ids);
    return { phase: "reindex", cursor: ids.at(-1)!, visited: ids.length };
  }
  throw new Error(`An undo job has no phase "${job.phase}".`);
}

function doneMessage(plan: MergePlan, job: JobRow): string {
  const meetings = meetingsInWords(job.moved);
  return job.action === "UNMERGE" ? `Merge undone: ${meetings} put back; both ${plan.words.many} are as they were.` : `Merged: ${meetings} moved.`;
}

/** The last step: the record's own revision, and the job marked done. */
async function endJob(unit: MeetingUnitOfWork, plan: MergePlan, job: JobRow): Promise<void> {
  const action = job.action === "UNMERGE" ? "UNMERGE" : "MERGE";
  await unit.tx.revision.create({
    data: {
      entityType: plan.entityType,
      entityId: job.fromId,
      action,
      actorId: unit.actorId,
      before: { mergedIntoId: action === "MERGE" ? null : job.intoId },
      after: { mergedIntoId: action === "MERGE" ? job.intoId : null, jobId: job.id, intoId: job.intoId, meetings: job.moved },
    },
  });
  await unit.tx.mergeJob.update({
    where: { id: job.id },
    data: { status: "DONE", phase: "done", cursor: null, leaseUntil: null, finishedAt: new Date(), message: doneMessage(plan, job) },
  });
}

/** Runs one batch in its own unit of work; false when the job has nothing more to do. */
async function runBatch(jobId: string, actorId: string | null, size: number): Promise<boolean> {
  return runMeetingWork(
    db,
    actorId,
    async (unit) => {
      // The job's row is the resume point and the mutex: a second runner waits here, then
      // carries on from wherever the first one's committed batch left the cursor.
      const job = await lockJob(unit, jobId);
      if (!job || job.status !== "RUNNING") return false;
      const plan = MERGE_PLANS[job.subject];
      if (job.phase === "end") {
        await endJob(unit, plan, job);
        return false;
      }
      const next = job.action === "UNMERGE" ? await undoBatch(unit, plan, job, size) : await mergeBatch(unit, plan, job, size);
      await unit.tx.mergeJob.update({
        where: { id: jobId },
        data: { phase: next.phase, cursor: next.cursor, done: { increment: next.visited }, moved: { increment: next.moved ?? 0 }, leaseUntil: new Date(Date.now() + MERGE_LEASE_MS), updatedAt: new Date() },
      });
      return true;
    },
    BATCH_TIMEOUTS,
  );
}

async function failJob(jobId: string, message: string): Promise<void> {
  await db.mergeJob.updateMany({ where: { id: jobId, status: "RUNNING" }, data: { status: "FAILED", message, leaseUntil: null, finishedAt: new Date() } });
}

function stoppedMessage(job: MergeJobProgress | null, why: string): string {
  if (!job) return `Stopped: ${why}`;
  const kept = job.action === "UNMERGE" ? " The meetings already put back stay as they were before the merge." : " The meetings already moved stay with the kept record.";
  return `Stopped after ${job.done.toLocaleString("en")} of ${job.total.toLocaleString("en")} meetings: ${why}${kept}`;
}

export interface RunOptions {
  batchSize?: number;
  /** Stop (as a crash would) after this many batches; for tests and drills. */
  maxBatches?: number;
}

/**
 * Runs a job to its end, batch by batch. A refusal (a row an undo must put back changed since)
 * fails the job with the reason; an unexpected error is retried, then fails it. Safe to call from
 * several processes at once: batches serialise on the job's row.
 */
export async function runMergeJob(jobId: string, options: RunOptions = {}): Promise<MergeJobProgress | null> {
  const size = options.batchSize ?? MERGE_BATCH_SIZE;
  const owner = await db.mergeJob.findUnique({ where: { id: jobId }, select: { createdById: true } });
  if (!owner) return null;
  let attempts = 0;
  for (let batches = 0; options.maxBatches === undefined || batches < options.maxBatches; batches++) {
    try {
      if (!(await runBatch(jobId, owner.createdById, size))) break;
      attempts = 0;
    } catch (error) {
      if (error instanceof AppError) {
        await failJob(jobId, stoppedMessage(await readMergeJob(jobId), error.message));
        break;
      }
      attempts += 1;
      // A batch that could not start (a busy pool) is tried again: a warning until it gives up.
      if (attempts < MAX_ATTEMPTS) logger.warn({ err: error, jobId, attempts }, "merge batch failed; trying again");
      else logger.error({ err: error, jobId, attempts }, "merge batch failed; the job stops");
      if (attempts >= MAX_ATTEMPTS) {
        await failJob(jobId, stoppedMessage(await readMergeJob(jobId), "an unexpected error. The server's log has the details; an administrator can resume it."));
        break;
      }
      batches -= 1;
      await new Promise((resolve) => setTimeout(resolve, 1_000 * attempts));
    }
  }
  return readMergeJob(jobId);
}

const runningHere = new Map<string, Promise<MergeJobProgress | null>>();

/** Runs a job in the background of this process (once, however often it is asked); resolves when it ends. */
export function kickMergeJob(jobId: string, options: RunOptions = {}): Promise<MergeJobProgress | null> {
  let run = runningHere.get(jobId);
  if (!run) {
    run = runMergeJob(jobId, options)
      .catch((error: unknown) => {
        logger.error({ err: error, jobId }, "merge job stopped");
        return readMergeJob(jobId);
      })
      .finally(() => runningHere.delete(jobId));
    runningHere.set(jobId, run);
  }
  return run;
}

/** How long a merge's request waits for its job before answering with the progress so far. */
export const MERGE_ANSWER_WITHIN_MS = 3_000;

/** Waits for every job this process is running: what a test awaits before it looks at the rows. */
export async function untilMergeJobsHereEnd(): Promise<void> {
  await Promise.all([...runningHere.values()]);
}

/**
 * Starts a job in the background and waits up to `ms` for it: a small merge answers as done, a
 * large one as running (the page then shows its progress).
 */
export async function runMergeJobFor(jobId: string, ms: number, options: RunOptions = {}): Promise<MergeJobProgress> {
  const run = kickMergeJob(jobId, options);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([run, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
  const job = await readMergeJob(jobId);
  if (!job) throw new Error(`Merge job ${jobId} vanished.`);
  return job;
}

/**
 * Resumes every running job whose instance stopped holding it (a crash, a restart): claims each
 * by extending its lease, so two instances sweeping at once take a job once. Returns their ids.
 */
export async function resumeStaleMergeJobs(options: RunOptions = {}): Promise<string[]> {
  const claimed = await db.$queryRaw<{ id: string }[]>`
    UPDATE "MergeJob" SET "leaseUntil" = now() + ${`${MERGE_LEASE_MS} milliseconds`}::interval
    WHERE "status" = 'RUNNING' AND ("leaseUntil" IS NULL OR "leaseUntil" < now())
    RETURNING "id"::text AS "id"`;
  for (const { id } of claimed) void kickMergeJob(id, options);
  return claimed.map((row) => row.id);
}
