import type { ActionState } from "@/lib/forms/action-state";
import type { MergeJobProgress } from "@/lib/entities/merge-jobs/jobs";

/** How many meetings, in words: "1 meeting", "12,000 meetings". */
export function meetingsInWords(count: number): string {
  return count === 1 ? "1 meeting" : `${count.toLocaleString("en")} meetings`;
}

/**
 * What a merge's form shows when its request answers: done (with what it did), still running
 * (the page shows its progress), or stopped (with why). `after` follows a finished merge's message.
 */
export function mergeJobState<Values>(job: MergeJobProgress, values: Values, after = ""): ActionState<Values> {
  if (job.status === "FAILED") return { status: "error", values, message: job.message ?? "The merge stopped." };
  if (job.status === "RUNNING") {
    const verb = job.action === "UNMERGE" ? "Undoing the merge" : "Merging";
    return { status: "saved", values, message: `${verb} in the background: ${job.done.toLocaleString("en")} of ${meetingsInWords(job.total)} so far. Keep working; this page shows its progress.` };
  }
  return { status: "saved", values, message: [job.message, after].filter(Boolean).join(" ") };
}
