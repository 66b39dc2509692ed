import "server-only";
import { logger } from "@/lib/logger";
import { resumeStaleIngestBatches } from "@/lib/ingest/runner";

// A batch's lease is a minute, renewed per item: looking twice a minute resumes one whose
// instance died within about a minute and a half.
const SWEEP_EVERY_MS = 30_000;

let started = false;

/** Resumes batches an instance stopped reading (a crash, a deploy), now and every half minute. Started by instrumentation.ts. */
export function startIngestSweeper(): void {
  if (started) return;
  started = true;
  const sweep = () =>
    resumeStaleIngestBatches()
      .then((ids) => {
        if (ids.length > 0) logger.info({ batchIds: ids }, "resumed ingest batches");
      })
      .catch((error: unknown) => logger.error({ err: error }, "could not look for ingest batches to resume"));
  void sweep();
  setInterval(sweep, SWEEP_EVERY_MS).unref();
}
