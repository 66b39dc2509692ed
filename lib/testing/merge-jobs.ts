import { kickMergeJob } from "@/lib/entities/merge-jobs/runner";
import type { MergeJobProgress } from "@/lib/entities/merge-jobs/jobs";

/**
 * A merge (or undo) run to its end, whatever the machine's load: the request answers after a few
 * seconds with a running job, and a test wants the outcome.
 */
export async function finishedMerge(started: Promise<MergeJobProgress>): Promise<MergeJobProgress> {
  const job = await started;
  const ended = await kickMergeJob(job.id);
  if (!ended) throw new Error(`Merge job ${job.id} vanished.`);
  return ended;
}
