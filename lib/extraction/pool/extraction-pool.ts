import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import type { ExtractionResult } from "@/lib/extraction/types";
import type { ExtractionJob, ExtractionJobOutput } from "@/lib/extraction/internal/pool/extraction-job";
import { spawnTypeScriptWorker } from "@/lib/extraction/internal/pool/typescript-worker";
import { JobTimeLimitError, PoolBusyError, WorkerPool, type WorkerPoolOptions } from "@/lib/extraction/internal/pool/worker-pool";
import { RetryLaterError } from "@/lib/security/user-limits";

/** Extraction stops adding suggestions after this long (it checks between stages). */
export const EXTRACTION_TIME_LIMIT_MS = 2_000;

/**
 * A job still running after this long has its worker terminated. Extraction checks its own 2 s
 * limit only between stages; a stage that starts just before it gets as long again to finish.
 */
export const EXTRACTION_HARD_LIMIT_MS = 2 * EXTRACTION_TIME_LIMIT_MS;

export const TEXT_TOO_SLOW = "This text took too long to read; paste a shorter part.";

function spawnExtractionWorker(): Worker {
  // Next inlines NEXT_RUNTIME into its bundles, and its bundler turns this literal
  // `new Worker(new URL(…, import.meta.url))` into a worker file of its own. Unbundled (tests, the
  // CLI) the worker is the TypeScript file itself. Either way it is found by its URL beside this
  // file, so it stays out of internal/ (no import names it).
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./extract-worker.ts", import.meta.url));
  return spawnTypeScriptWorker(new URL(import.meta.url.replace(/[^/]+$/u, "extract-worker.ts")));
}

export type ExtractionPool = WorkerPool<ExtractionJob, ExtractionJobOutput>;

/**
 * A pool of extraction workers: one per core but one (the other answers requests), at least one;
 * eight texts may wait, so a burst waits its turn and a flood is refused rather than piled up.
 */
export function createExtractionPool(options: Partial<Omit<WorkerPoolOptions, "spawn">> = {}): ExtractionPool {
  return new WorkerPool({ size: Math.max(1, availableParallelism() - 1), maxQueued: 8, timeLimitMs: EXTRACTION_HARD_LIMIT_MS, ...options, spawn: spawnExtractionWorker });
}

let shared: ExtractionPool | undefined;

/** This process's pool, started on first use (a build or a page that never extracts starts no thread). */
export function extractionPool(): ExtractionPool {
  shared ??= createExtractionPool();
  return shared;
}

/**
 * Suggestions for `text`, made on a worker thread so that a slow text holds up nobody else.
 * Throws an AppError the analyst can act on when the text runs past the hard limit or every
 * worker is busy with a full queue.
 */
export async function extractInPool(
  text: string,
  options: { publishedOn?: string | null; onError?: (failure: NonNullable<ExtractionJobOutput["failure"]>) => void },
  pool: ExtractionPool = extractionPool(),
): Promise<ExtractionResult> {
  try {
    const { result, failure } = await pool.run({ text, publishedOn: options.publishedOn ?? null, timeLimitMs: EXTRACTION_TIME_LIMIT_MS });
    if (failure) options.onError?.(failure);
    return result;
  } catch (error) {
    if (error instanceof JobTimeLimitError) {
      throw new AppError("validation", TEXT_TOO_SLOW, { fieldErrors: { text: [TEXT_TOO_SLOW] }, internal: `extraction ended after ${error.timeLimitMs} ms (${text.length} chars)`, cause: error });
    }
    if (error instanceof PoolBusyError) {
      throw new RetryLaterError("Suggestions are being made for many texts just now. Try again in a few seconds.", EXTRACTION_HARD_LIMIT_MS, error.message);
    }
    throw error;
  }
}
