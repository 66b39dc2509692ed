import "server-only";
import { logger } from "@/lib/logger";
import { resumeStaleMergeJobs } from "@/lib/entities/merge-jobs/runner";

// A job's lease is a minute; looking twice a minute resumes a job whose instance died within
// about a minute and a half, without a query load worth measuring (one indexed UPDATE).
const SWEEP_EVERY_MS = 30_000;

let started = false;

/**
 * Resumes merges that an instance stopped running (a crash, a deploy) now and every half minute.
 * Started once per server process by instrumentation.ts.
 */
export function startMergeJobSweeper(): void {
  if (started) return;
  started = true;
  const sweep = () =>
    resumeStaleMergeJobs()
      .then((ids) => {
        if (ids.length > 0) logger.info({ jobIds: ids }, "resumed merge jobs");
      })
      .catch((error: unknown) => logger.error({ err: error }, "could not look for merge jobs to resume"));
  void sweep();
  setInterval(sweep, SWEEP_EVERY_MS).unref();
}
