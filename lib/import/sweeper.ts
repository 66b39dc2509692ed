import "server-only";
import { logger } from "@/lib/logger";
import { resumeStaleImportJobs } from "@/lib/import/runner";

// As the merge jobs' sweeper: a job's lease is a minute, so looking twice a minute resumes an
// import whose instance died within about a minute and a half.
const SWEEP_EVERY_MS = 30_000;

let started = false;

/** Resumes imports that an instance stopped running (a crash, a deploy) now and every half minute. */
export function startImportJobSweeper(): void {
  if (started) return;
  started = true;
  const sweep = () =>
    resumeStaleImportJobs()
      .then((ids) => {
        if (ids.length > 0) logger.info({ jobIds: ids }, "resumed import jobs");
      })
      .catch((error: unknown) => logger.error({ err: error }, "could not look for import jobs to resume"));
  void sweep();
  setInterval(sweep, SWEEP_EVERY_MS).unref();
}
