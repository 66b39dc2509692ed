import "server-only";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { importMappingSchema, type ImportMapping } from "@/lib/import/mapping";
import { emptyMemory, planRows, type PlanMemory, type RowPlan, type StagedRow } from "@/lib/import/plan";
import { planDetail, rebuildMemory } from "@/lib/import/plan-detail";
import { logger } from "@/lib/logger";
import { runMeetingWork } from "@/lib/meetings/write/unit-of-work";
import { createMeetings } from "@/lib/meetings/write/create-meetings";
import { unsafeReadReviewRule } from "@/lib/review/settings";
import { entityKey } from "@/lib/import/plan";
import { writeMeetingRecord } from "@/lib/meetings/write/write-meeting";
import { settleStatusInUnit } from "@/lib/review/write/settle-status";

/** Rows per dry-run batch: reads only, four statements a batch. */
export const CHECK_BATCH_SIZE = 500;
/**
 * Rows per batch of the run: each batch is one unit of work holding its new meetings' locks for
 * one short transaction. Several batches run at once (`concurrency`): a row's save waits mostly on
 * round trips to PostgreSQL, so on two cores four batches at a time go about three times as fast.
 */
export const RUN_BATCH_SIZE = 25;
export const RUN_CONCURRENCY = 4;
/**
 * Rows per chunk of the set-wise run (the default): a chunk's meetings are created in one unit of
 * work in about twenty statements whatever its size, so a row costs a small share of a round trip.
 * One chunk at a time: a file's chunks name the same leaders, so a second chunk would only queue
 * on the first one's name locks (and, under load, time out waiting and fall back to row by row).
 */
export const RUN_CHUNK_SIZE = 500;
export const RUN_CHUNK_CONCURRENCY = 1;
/** A job is held this long per batch; the sweeper resumes one whose instance stopped renewing it. */
export const IMPORT_LEASE_MS = 60_000;
// Generous: on a shared machine under a load of 20 a batch of 25 rows was seen to take a minute.
const BATCH_TIMEOUTS = { maxWait: 10_000, timeout: 120_000 } as const;
const MAX_ATTEMPTS = 3;

export interface ImportRunOptions {
  checkBatchSize?: number;
  /** Rows per unit of work: RUN_CHUNK_SIZE set-wise, RUN_BATCH_SIZE row by row. */
  batchSize?: number;
  /** False: every row through its own `writeMeetingRecord`, as before the set-wise path (kept as its fallback, and to compare). */
  setWise?: boolean;
  concurrency?: number;
  /** Stop (as a crash would) after this many batches; for tests and drills. */
  maxBatches?: number;
}

interface JobHead {
  status: string;
  mapping: ImportMapping;
  fileName: string;
  createdById: string | null;
}

async function readHead(jobId: string): Promise<JobHead | null> {
  const job = await db.importJob.findUnique({ where: { id: jobId }, select: { status: true, mapping: true, fileName: true, createdById: true } });
  if (!job) return null;
  const mapping = importMappingSchema.safeParse(job.mapping);
  if (!mapping.success) return { ...job, status: job.status === "MAPPING" ? "MAPPING" : "BROKEN", mapping: { columns: {}, status: "DRAFT" } };
  return { ...job, mapping: mapping.data };
}

const lease = () => new Date(Date.now() + IMPORT_LEASE_MS);

/** One dry-run batch: the next rows without a plan get one. Returns how many. */
async function checkBatch(jobId: string, head: JobHead, memory: PlanMemory, size: number): Promise<number> {
  return db.$transaction(async (tx) => {
    // The job's row serialises two instances checking the same job: the second waits, then goes on after the first's batch.
    await tx.$queryRaw`SELECT 1 FROM "ImportJob" WHERE "id" = ${jobId}::uuid FOR UPDATE`;
    const rows = await tx.$queryRaw<{ rowNumber: number; cells: string[] }[]>`
      SELECT "rowNumber", "cells" FROM "ImportRow" WHERE "jobId" = ${jobId}::uuid AND "plan" IS NULL ORDER BY "rowNumber" LIMIT ${size}`;
    if (rows.length === 0) return 0;
    const plans = await planRows(tx, rows, head.mapping, memory);
    await tx.$executeRaw`
      UPDATE "ImportRow" r SET "plan" = x."plan", "planDetail" = x."detail", "key" = x."key"
      FROM unnest(${rows.map((r) => r.rowNumber)}::int[], ${plans.map((p) => p.action)}::text[], ${plans.map((p) => JSON.stringify(planDetail(p)))}::jsonb[], ${plans.map((p) => ("key" in p ? p.key : null))}::text[]) AS x("rowNumber", "plan", "detail", "key")
      WHERE r."jobId" = ${jobId}::uuid AND r."rowNumber" = x."rowNumber"`;
    await tx.$executeRaw`UPDATE "ImportJob" SET "checked" = "checked" + ${rows.length}, "leaseUntil" = ${lease()}, "updatedAt" = now() WHERE "id" = ${jobId}::uuid`;
    return rows.length;
  }, BATCH_TIMEOUTS);
}

/** A row the write path refused in the run (something changed since the dry run): its batch is rolled back and tried again. */
class RowRefused extends Error {
  constructor(
    readonly rowNumber: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}
/** Another batch imported the same content a moment ago: this batch is tried again and links to it. */
class SameContentMeanwhile extends Error {}

function reasonOf(error: AppError): string {
  const fieldMessages = Object.values(error.fieldErrors ?? {}).flat();
  return fieldMessages.length > 0 ? fieldMessages.slice(0, 3).join(" ") : error.message;
}

type Outcome = { rowNumber: number; outcome: "CREATED" | "EXISTS" | "REFUSED"; reason: string | null; meetingId: string | null };

function outcomeOf(rowNumber: number, plan: Exclude<RowPlan, { action: "CREATE" }>): Outcome {
  return plan.action === "REFUSE"
    ? { rowNumber, outcome: "REFUSED", reason: plan.reason, meetingId: null }
    : { rowNumber, outcome: "EXISTS", reason: plan.reason, meetingId: plan.meetingId };
}

/** The next rows without an outcome (the job's cursor); SKIP LOCKED lets batches run side by side. */
function claimRows(tx: Tx, jobId: string, size: number): Promise<StagedRow[]> {
  return tx.$queryRaw<StagedRow[]>`
    SELECT "rowNumber", "cells" FROM "ImportRow" WHERE "jobId" = ${jobId}::uuid AND "outcome" IS NULL
    ORDER BY "rowNumber" LIMIT ${size} FOR UPDATE SKIP LOCKED`;
}

/**
 * One batch of the run, as one unit of work: claims the next rows no other batch holds, plans each
 * just before writing it (so it sees what earlier rows created), writes new meetings through the
 * write path with a revision naming the file and row, records each content key, and advances the
 * job. Returns how many rows it handled (0: none left).
 */
async function runBatch(jobId: string, head: JobHead, size: number): Promise<number> {
  return runMeetingWork(
    db,
    head.createdById,
    async (unit) => {
      const { tx } = unit;
      const rows = await claimRows(tx, jobId, size);
      if (rows.length === 0) return 0;
      const outcomes: Outcome[] = [];
      for (const row of rows) {
        const [plan] = await planRows(tx, [row], head.mapping, emptyMemory(), { organizations: false });
        if (plan!.action !== "CREATE") {
          outcomes.push(outcomeOf(row.rowNumber, plan!));
          continue;
        }
        const { candidate, person } = plan!;
        const record = { ...candidate.record, participants: candidate.record.participants.map((p, i) => (i === 0 && person?.action === "link" ? { ...p, personId: person.id } : p)) };
        let meetingId: string;
        try {
          meetingId = await writeMeetingRecord(unit, { record, action: "CREATE" });
        } catch (error) {
          if (isAppError(error)) throw new RowRefused(row.rowNumber, reasonOf(error));
          throw error;
        }
        unit.created(meetingId, importNote(head, jobId, row.rowNumber));
        // With "publishing needs a second person" on, an import asked to publish leaves its meetings In review.
        await settleStatusInUnit(unit, meetingId, null, "CREATE");
        const kept = await tx.$queryRaw<{ key: string }[]>`
          INSERT INTO "ImportedMeeting" ("key", "meetingId", "jobId", "rowNumber") VALUES (${plan!.key}, ${meetingId}::uuid, ${jobId}::uuid, ${row.rowNumber})
          ON CONFLICT ("key") DO NOTHING RETURNING "key"`;
        if (kept.length === 0) throw new SameContentMeanwhile();
        outcomes.push({ rowNumber: row.rowNumber, outcome: "CREATED", reason: null, meetingId });
      }
      await recordOutcomes(tx, jobId, outcomes);
      return rows.length;
    },
    BATCH_TIMEOUTS,
  );
}

const importNote = (head: JobHead, jobId: string, rowNumber: number) => `Imported from “${head.fileName}”, row ${rowNumber} (import ${jobId}).`;

/**
 * One chunk of the run, set-wise, as one unit of work: claims the next rows no other chunk holds,
 * plans them together (in the file's order: a row sees the meetings and people the chunk's
 * earlier rows create, as the row-by-row run's plan would), creates every new meeting in one
 * `createMeetings` (a refused record is refused alone), records their content keys and outcomes,
 * and moves the cursor, all in one transaction. Returns how many rows it handled (0: none left).
 */
async function runChunk(jobId: string, head: JobHead, size: number): Promise<number> {
  return runMeetingWork(
    db,
    head.createdById,
    async (unit) => {
      const { tx } = unit;
      const rows = await claimRows(tx, jobId, size);
      if (rows.length === 0) return 0;
      const plans = await planRows(tx, rows, head.mapping, emptyMemory(), { organizations: false });
      const outcomes: Outcome[] = [];
      // Rows that are an earlier row of this chunk: linked to its meeting once it has an id.
      const sameAs = new Map<number, { rowNumber: number; reason: string }>();
      const firstByKey = new Map<string, number>();
      const firstByVisit = new Map<string, number>();
      const creates: { rowNumber: number; key: string; record: unknown }[] = [];
      plans.forEach((plan, n) => {
        const rowNumber = rows[n]!.rowNumber;
        if (plan.action === "EXISTS" && firstByKey.has(plan.key)) {
          sameAs.set(rowNumber, { rowNumber: firstByKey.get(plan.key)!, reason: "Imported before: the same date, leader, place and title." });
          return;
        }
        if (plan.action !== "CREATE") return void outcomes.push(outcomeOf(rowNumber, plan));
        const { candidate, person } = plan;
        // The row-by-row run would find the earlier row's meeting "already recorded": that day, this leader, this country.
        const leader = person?.action === "link" ? person.id : candidate.leader ? entityKey(candidate.leader.name, candidate.leader.countryCode) : null;
        const visit = leader ? `${leader}|${candidate.record.date}|${candidate.record.locationCountryCode}` : null;
        const earlier = visit ? firstByVisit.get(visit) : undefined;
        if (earlier !== undefined) {
          sameAs.set(rowNumber, { rowNumber: earlier, reason: "Already recorded: a meeting that day with this leader in this country." });
          return;
        }
        firstByKey.set(plan.key, rowNumber);
        if (visit) firstByVisit.set(visit, rowNumber);
        const record = { ...candidate.record, participants: candidate.record.participants.map((p, i) => (i === 0 && person?.action === "link" ? { ...p, personId: person.id } : p)) };
        creates.push({ rowNumber, key: plan.key, record });
      });
      const reviewRule = await unsafeReadReviewRule(tx);
      const results = await createMeetings(unit, creates.map((c) => ({ record: c.record, note: importNote(head, jobId, c.rowNumber) })), { reviewRule, namesakes: "link-one" });
      const meetingOfRow = new Map<number, string>();
      const kept: { key: string; meetingId: string; rowNumber: number }[] = [];
      results.forEach((result, n) => {
        const { rowNumber, key } = creates[n]!;
        if (!result.ok) return void outcomes.push({ rowNumber, outcome: "REFUSED", reason: reasonOf(result.error), meetingId: null });
        meetingOfRow.set(rowNumber, result.id);
        kept.push({ key, meetingId: result.id, rowNumber });
        outcomes.push({ rowNumber, outcome: "CREATED", reason: null, meetingId: result.id });
      });
      for (const [rowNumber, { rowNumber: earlier, reason }] of sameAs) outcomes.push({ rowNumber, outcome: "EXISTS", reason, meetingId: meetingOfRow.get(earlier) ?? null });
      if (kept.length > 0) {
        const inserted = await tx.$queryRaw<{ n: number }[]>`
          WITH kept AS (
            INSERT INTO "ImportedMeeting" ("key", "meetingId", "jobId", "rowNumber")
            SELECT k."key", k."meetingId", ${jobId}::uuid, k."rowNumber"
            FROM unnest(${kept.map((k) => k.key)}::text[], ${kept.map((k) => k.meetingId)}::uuid[], ${kept.map((k) => k.rowNumber)}::int[]) AS k("key", "meetingId", "rowNumber")
            ON CONFLICT ("key") DO NOTHING RETURNING 1
          ) SELECT count(*)::int AS "n" FROM kept`;
        // Another chunk imported some of the same content a moment ago: this one is rolled back and planned again.
        if (inserted[0]!.n !== kept.length) throw new SameContentMeanwhile();
      }
      await recordOutcomes(tx, jobId, outcomes);
      return rows.length;
    },
    BATCH_TIMEOUTS,
  );
}

/**
 * A chunk that fails as a whole (a statement timeout on a loaded machine, an error no row's check
 * foresaw) is tried again at half the size, down to RUN_BATCH_SIZE; one that fails at that size
 * is done row by row, so one bad row never costs more than its own refusal. The size stays
 * halved for the rest of this run.
 */
async function runChunkOrRows(jobId: string, head: JobHead, chunk: { size: number }): Promise<number> {
  try {
    return await runChunk(jobId, head, chunk.size);
  } catch (error) {
    if (error instanceof SameContentMeanwhile) throw error;
    const halved = Math.max(RUN_BATCH_SIZE, Math.floor(chunk.size / 2));
    logger.warn({ err: error, jobId, size: chunk.size }, halved < chunk.size ? "import chunk failed: trying smaller chunks" : "import chunk failed: going on row by row");
    if (halved < chunk.size) {
      chunk.size = halved;
      return runChunkOrRows(jobId, head, chunk);
    }
    return runBatch(jobId, head, chunk.size);
  }
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

async function recordOutcomes(tx: Tx, jobId: string, outcomes: Outcome[]): Promise<void> {
  await tx.$executeRaw`
    UPDATE "ImportRow" r SET "outcome" = x."outcome", "reason" = x."reason", "meetingId" = x."meetingId"
    FROM unnest(${outcomes.map((o) => o.rowNumber)}::int[], ${outcomes.map((o) => o.outcome)}::text[], ${outcomes.map((o) => o.reason)}::text[], ${outcomes.map((o) => o.meetingId)}::uuid[]) AS x("rowNumber", "outcome", "reason", "meetingId")
    WHERE r."jobId" = ${jobId}::uuid AND r."rowNumber" = x."rowNumber"`;
  const count = (outcome: Outcome["outcome"]) => outcomes.filter((o) => o.outcome === outcome).length;
  await tx.$executeRaw`
    UPDATE "ImportJob" SET "done" = "done" + ${outcomes.length}, "created" = "created" + ${count("CREATED")}, "existing" = "existing" + ${count("EXISTS")},
      "refused" = "refused" + ${count("REFUSED")}, "leaseUntil" = ${lease()}, "updatedAt" = now()
    WHERE "id" = ${jobId}::uuid`;
}

/** A row the write path refused twice in a row is refused for good, with its reason, outside any meeting's unit. */
async function refuseRow(jobId: string, failure: RowRefused): Promise<void> {
  await db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ rowNumber: number }[]>`
      SELECT "rowNumber" FROM "ImportRow" WHERE "jobId" = ${jobId}::uuid AND "rowNumber" = ${failure.rowNumber} AND "outcome" IS NULL FOR UPDATE`;
    if (claimed.length > 0) await recordOutcomes(tx, jobId, [{ rowNumber: failure.rowNumber, outcome: "REFUSED", reason: failure.reason, meetingId: null }]);
  });
}

async function failJob(jobId: string, message: string): Promise<void> {
  await db.importJob.updateMany({ where: { id: jobId, status: { in: ["CHECKING", "RUNNING"] } }, data: { status: "FAILED", message, leaseUntil: null, finishedAt: new Date() } });
}

/** Calls `batch` until it reports nothing left, retrying what a retry can fix. False when the job failed. */
async function loop(jobId: string, batch: () => Promise<number>, budget: { batches: number }): Promise<boolean> {
  let attempts = 0;
  const refusals = new Map<number, number>();
  while (budget.batches > 0) {
    try {
      budget.batches -= 1;
      if ((await batch()) === 0) return true;
      attempts = 0;
    } catch (error) {
      if (error instanceof SameContentMeanwhile && attempts < 10) {
        // Seen again at once by the retry's plan; bounded all the same, should that ever not hold.
        attempts += 1;
        continue;
      }
      if (error instanceof RowRefused) {
        // Often a race (another batch created this leader a moment ago): the retry links to them.
        const times = (refusals.get(error.rowNumber) ?? 0) + 1;
        refusals.set(error.rowNumber, times);
        if (times >= 2) await refuseRow(jobId, error);
        continue;
      }
      attempts += 1;
      logger.warn({ err: error, jobId, attempts }, "import batch failed");
      if (attempts >= MAX_ATTEMPTS) {
        await failJob(jobId, "Stopped by an unexpected error. The server's log has the details; the rows imported so far stay.");
        return false;
      }
      await new Promise((resolve) => setTimeout(resolve, 500 * attempts));
    }
  }
  return false;
}

/**
 * Runs a job's current phase to its end: the dry run (CHECKING → CHECKED) or the run
 * (RUNNING → DONE). Safe to call from several processes at once, and after a stop anywhere: the
 * rows without a plan, or without an outcome, are where it goes on.
 */
export async function runImportJob(jobId: string, options: ImportRunOptions = {}): Promise<void> {
  const head = await readHead(jobId);
  if (!head) return;
  if (head.status === "BROKEN") return failJob(jobId, "This import's column mapping cannot be read: start it again.");
  const budget = { batches: options.maxBatches ?? Number.POSITIVE_INFINITY };
  if (head.status === "CHECKING") {
    const memory = await rebuildMemory(db, jobId);
    if (!(await loop(jobId, () => checkBatch(jobId, head, memory, options.checkBatchSize ?? CHECK_BATCH_SIZE), budget))) return;
    await db.importJob.updateMany({ where: { id: jobId, status: "CHECKING" }, data: { status: "CHECKED", leaseUntil: null } });
    return;
  }
  if (head.status === "RUNNING") {
    const setWise = options.setWise ?? true;
    const size = options.batchSize ?? (setWise ? RUN_CHUNK_SIZE : RUN_BATCH_SIZE);
    const chunk = { size };
    const batch = setWise ? () => runChunkOrRows(jobId, head, chunk) : () => runBatch(jobId, head, size);
    const loops = Array.from({ length: options.concurrency ?? (setWise ? RUN_CHUNK_CONCURRENCY : RUN_CONCURRENCY) }, () => loop(jobId, batch, budget));
    if (!(await Promise.all(loops)).every(Boolean)) return;
    await db.$executeRaw`
      UPDATE "ImportJob" SET "status" = 'DONE', "leaseUntil" = NULL, "finishedAt" = now(), "updatedAt" = now()
      WHERE "id" = ${jobId}::uuid AND "status" = 'RUNNING'
        AND NOT EXISTS (SELECT 1 FROM "ImportRow" WHERE "jobId" = ${jobId}::uuid AND "outcome" IS NULL)`;
  }
}

const runningHere = new Map<string, Promise<void>>();

/** Runs a job in the background of this process (once, however often it is asked). */
export function kickImportJob(jobId: string, options: ImportRunOptions = {}): Promise<void> {
  let run = runningHere.get(jobId);
  if (!run) {
    run = runImportJob(jobId, options)
      .catch((error: unknown) => logger.error({ err: error, jobId }, "import job stopped"))
      .finally(() => runningHere.delete(jobId));
    runningHere.set(jobId, run);
  }
  return run;
}

/** Waits for every import this process is running: what a test awaits before it looks at the rows. */
export async function untilImportJobsHereEnd(): Promise<void> {
  await Promise.all([...runningHere.values()]);
}

/**
 * Resumes every checking or running job whose instance stopped holding it (a crash, a restart):
 * claims each by extending its lease, so two instances sweeping at once take a job once.
 */
export async function resumeStaleImportJobs(options: ImportRunOptions = {}): Promise<string[]> {
  const claimed = await db.$queryRaw<{ id: string }[]>`
    UPDATE "ImportJob" SET "leaseUntil" = now() + ${`${IMPORT_LEASE_MS} milliseconds`}::interval
    WHERE "status" IN ('CHECKING', 'RUNNING') AND ("leaseUntil" IS NULL OR "leaseUntil" < now())
    RETURNING "id"::text AS "id"`;
  for (const { id } of claimed) void kickImportJob(id, options);
  return claimed.map((row) => row.id);
}
