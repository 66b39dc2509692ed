import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { IngestItemOutcome } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { unsafeSuggestMeeting } from "@/lib/extraction/suggest-meeting";
import { TEXT_TOO_SLOW } from "@/lib/extraction/pool/extraction-pool";
import type { MeetingSuggestions } from "@/lib/extraction/meeting-suggestions";
import { runMeetingWork } from "@/lib/meetings/write/unit-of-work";
import { RetryLaterError } from "@/lib/security/user-limits";
import { INGEST_LEASE_MS, readIngestBatch, type IngestBatchProgress } from "@/lib/ingest/batches";
import { planDraft } from "@/lib/ingest/draft-record";
import { draftItem, type ItemResult } from "@/lib/ingest/draft-item";
import type { IngestItemInput } from "@/lib/ingest/schemas";

/**
 * Items being read ahead of the one being saved. The pool is shared with analysts' suggestions
 * (one worker per core but one, eight waiting): two from a batch leave room for theirs, and keep
 * the worker busy while the main thread saves.
 */
const READ_AHEAD = 2;
const MAX_ATTEMPTS = 3;

interface ItemRow {
  position: number;
  text: string;
  outlet: string;
  url: string | null;
  label: string;
  publishedOn: Date | null;
}

type Reading = { suggestions: MeetingSuggestions } | { failure: string };

const COUNTERS: Record<Exclude<IngestItemOutcome, "PENDING">, "drafted" | "addedToDraft" | "proposed" | "skipped" | "failed"> = {
  DRAFTED: "drafted",
  ADDED_TO_DRAFT: "addedToDraft",
  PROPOSED: "proposed",
  SKIPPED: "skipped",
  FAILED: "failed",
};

function asInput(row: ItemRow): IngestItemInput {
  return { text: row.text, outlet: row.outlet, url: row.url ?? undefined, label: row.label, published: row.publishedOn?.toISOString().slice(0, 10) };
}

/** Reads one item on the extraction pool; a busy pool is waited for, a text past the limit is a failure of that item. */
async function read(row: ItemRow): Promise<Reading> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { suggestions: await unsafeSuggestMeeting(row.text, row.publishedOn?.toISOString().slice(0, 10) ?? null) };
    } catch (error) {
      if (error instanceof RetryLaterError && attempt < 20) {
        await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
        continue;
      }
      // On a loaded machine a short text can miss the limit waiting for a core: once more, on a fresh worker.
      if (error instanceof AppError && error.message === TEXT_TOO_SLOW && attempt < 2) continue;
      if (error instanceof AppError) return { failure: error.message };
      throw error;
    }
  }
}

/**
 * Saves what one item became, in one unit of work that also locks the batch's row and moves its
 * cursor past the item: a batch stopped anywhere goes on from the next item, never repeats one,
 * and two runners take turns. False when the batch is no longer this item's to do.
 */
async function saveItem(batchId: string, actorId: string | null, row: ItemRow, reading: Reading, context: ItemContext): Promise<boolean> {
  return runMeetingWork(db, actorId, async (unit) => {
    const [batch] = await unit.tx.$queryRaw<{ cursor: number; status: string; name: string }[]>`
      SELECT "cursor", "status"::text AS "status", "name" FROM "IngestBatch" WHERE "id" = ${batchId}::uuid FOR UPDATE`;
    if (!batch || batch.status !== "RUNNING" || batch.cursor !== row.position) return false;
    let result: ItemResult;
    if ("failure" in reading) result = { outcome: "FAILED", reason: reading.failure };
    else {
      const plan = planDraft(asInput(row), reading.suggestions, context.topicIds, context.fallbackDay);
      result = plan.kind === "skip" ? { outcome: "SKIPPED", reason: plan.reason } : await draftItem(unit, plan, asInput(row), { batch: batch.name, item: row.position + 1 });
    }
    await unit.tx.ingestItem.update({
      where: { batchId_position: { batchId, position: row.position } },
      data: {
        outcome: result.outcome,
        meetingId: result.meetingId ?? null,
        confidence: result.confidence ?? null,
        unlinked: result.unlinked ?? [],
        reason: result.reason ?? null,
        proposal: result.outcome === "PROPOSED" ? "OPEN" : null,
      },
    });
    await unit.tx.ingestBatch.update({
      where: { id: batchId },
      data: { cursor: row.position + 1, [COUNTERS[result.outcome]]: { increment: 1 }, leaseUntil: new Date(Date.now() + INGEST_LEASE_MS) },
    });
    return true;
  });
}

interface ItemContext {
  topicIds: Map<string, string>;
  /** The day an item without any date is saved at before its date is taken away (the batch's day). */
  fallbackDay: string;
}

async function finish(batchId: string): Promise<void> {
  const batch = await readIngestBatch(batchId);
  if (!batch) return;
  const parts = [`${batch.drafted} drafted`, `${batch.addedToDraft} added to a draft`, `${batch.proposed} proposed to recorded meetings`, `${batch.skipped} skipped`, `${batch.failed} failed`];
  await db.ingestBatch.updateMany({
    where: { id: batchId, status: "RUNNING", cursor: batch.total },
    data: { status: "DONE", leaseUntil: null, finishedAt: new Date(), message: `Done: ${parts.join(", ")}.` },
  });
}

export interface RunOptions {
  /** Stop (as a crash would) after this many items; for tests and drills. */
  maxItems?: number;
}

/**
 * Reads a batch's items from its cursor on, each into a machine draft, a source added to one, a
 * proposal, or a reason it was skipped or failed. An unexpected error is retried, then stops the
 * batch as failed (the sweeper does not resume a failed batch). Safe from several processes at once.
 */
export async function runIngestBatch(batchId: string, options: RunOptions = {}): Promise<IngestBatchProgress | null> {
  const batch = await db.ingestBatch.findUnique({ where: { id: batchId }, select: { createdById: true, createdAt: true, status: true } });
  if (!batch || batch.status !== "RUNNING") return readIngestBatch(batchId);
  const topics = await db.topic.findMany({ select: { id: true, name: true } });
  const context: ItemContext = { topicIds: new Map(topics.map((t) => [t.name.toLowerCase(), t.id])), fallbackDay: batch.createdAt.toISOString().slice(0, 10) };
  const readings = new Map<number, Promise<Reading>>();
  let saved = 0;
  let attempts = 0;
  try {
    while (options.maxItems === undefined || saved < options.maxItems) {
      const current = await db.ingestBatch.findUnique({ where: { id: batchId }, select: { cursor: true, status: true, total: true } });
      if (!current || current.status !== "RUNNING") break;
      if (current.cursor >= current.total) {
        await finish(batchId);
        break;
      }
      const rows = await db.ingestItem.findMany({
        where: { batchId, position: { gte: current.cursor, lt: current.cursor + READ_AHEAD + 1 } },
        orderBy: { position: "asc" },
        select: { position: true, text: true, outlet: true, url: true, label: true, publishedOn: true },
      });
      for (const row of rows) if (!readings.has(row.position)) readings.set(row.position, read(row));
      const row = rows[0];
      if (!row || row.position !== current.cursor) throw new Error(`Batch ${batchId} has no item ${current.cursor}.`);
      try {
        const reading = await readings.get(row.position)!;
        if (!(await saveItem(batchId, batch.createdById, row, reading, context))) break;
        readings.delete(row.position);
        saved += 1;
        attempts = 0;
      } catch (error) {
        readings.delete(row.position);
        if (error instanceof AppError) {
          // The record was refused (an unknown country, a namesake): that item failed, the batch goes on.
          await saveItem(batchId, batch.createdById, row, { failure: error.message }, context);
          continue;
        }
        attempts += 1;
        if (attempts >= MAX_ATTEMPTS) throw error;
        logger.warn({ err: error, batchId, position: row.position, attempts }, "ingest item failed; trying again");
        await new Promise((resolve) => setTimeout(resolve, 1_000 * attempts));
      }
    }
  } catch (error) {
    logger.error({ err: error, batchId }, "ingest batch stopped");
    await db.ingestBatch.updateMany({
      where: { id: batchId, status: "RUNNING" },
      data: { status: "FAILED", leaseUntil: null, finishedAt: new Date(), message: "Stopped by an unexpected error. The items read so far are kept; the server's log has the details." },
    });
  } finally {
    // Readings started ahead of a stop finish on their own; nobody waits for them.
    for (const reading of readings.values()) void reading.catch(() => undefined);
  }
  return readIngestBatch(batchId);
}

const runningHere = new Map<string, Promise<IngestBatchProgress | null>>();

/** Runs a batch in the background of this process (once, however often it is asked); resolves when it ends. */
export function kickIngestBatch(batchId: string, options: RunOptions = {}): Promise<IngestBatchProgress | null> {
  let run = runningHere.get(batchId);
  if (!run) {
    run = runIngestBatch(batchId, options)
      .catch((error: unknown) => {
        // Before its first item (the database unreachable): the lease runs out and the sweeper tries again.
        logger.error({ err: error, batchId }, "ingest batch could not start");
        return null;
      })
      .finally(() => runningHere.delete(batchId));
    runningHere.set(batchId, run);
  }
  return run;
}

/** Waits for every batch this process is running: what a test awaits before it looks at the rows. */
export async function untilIngestBatchesHereEnd(): Promise<void> {
  await Promise.all([...runningHere.values()]);
}

/**
 * Resumes every running batch whose instance stopped holding it (a crash, a restart): claims each
 * by extending its lease, so two instances sweeping at once take a batch once. Returns their ids.
 */
export async function resumeStaleIngestBatches(options: RunOptions = {}): Promise<string[]> {
  const claimed = await db.$queryRaw<{ id: string }[]>`
    UPDATE "IngestBatch" SET "leaseUntil" = now() + ${`${INGEST_LEASE_MS} milliseconds`}::interval
    WHERE "status" = 'RUNNING' AND ("leaseUntil" IS NULL OR "leaseUntil" < now())
    RETURNING "id"::text AS "id"`;
  for (const { id } of claimed) void kickIngestBatch(id, options);
  return claimed.map((row) => row.id);
}
