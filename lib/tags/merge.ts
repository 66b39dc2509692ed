import "server-only";
import { z } from "zod";
import { requireRole } from "@/lib/auth/current-user";
import { startMergeJob, startUndoJob, type MergeJobProgress } from "@/lib/entities/merge-jobs/jobs";
import { MERGE_ANSWER_WITHIN_MS, runMergeJobFor } from "@/lib/entities/merge-jobs/runner";
import { withUserLimit } from "@/lib/security/user-limits";
import { tagMergePlan } from "@/lib/tags/merge-plan";
import { parseTagInput, tagIdSchema } from "@/lib/tags/mutations";

export const mergeTagsSchema = z
  .object({ id: tagIdSchema, intoId: tagIdSchema })
  .refine((value) => value.id !== value.intoId, { message: "Choose another tag to merge into.", path: ["intoId"] });

/**
 * Merges tag `id` into `intoId`: the old tag points at the new one at once (its links and its
 * name lead there); its meetings move in batches, each with a revision (lib/entities/merge-jobs).
 * Answers when done, or after a few seconds with the job's progress. Rule: analysts and admins.
 */
export async function mergeTags(input: unknown): Promise<MergeJobProgress> {
  const user = await requireRole("analyst");
  const { id, intoId } = parseTagInput(mergeTagsSchema, input);
  const jobId = await withUserLimit(user.id, "merge", () => startMergeJob(tagMergePlan, id, intoId, user.id));
  return runMergeJobFor(jobId, MERGE_ANSWER_WITHIN_MS);
}

/**
 * Undoes tag `id`'s latest merge: its name and links lead to it again, every moved meeting gets
 * it back, and the kept tag comes off the meetings that had only this one. Refused, changing
 * nothing, when a moved meeting's tags changed since. Rule: analysts and admins.
 */
export async function unmergeTag(input: unknown): Promise<MergeJobProgress> {
  const user = await requireRole("analyst");
  const { id } = parseTagInput(z.object({ id: tagIdSchema }), input);
  const jobId = await withUserLimit(user.id, "merge", () => startUndoJob(tagMergePlan, id, user.id));
  return runMergeJobFor(jobId, MERGE_ANSWER_WITHIN_MS);
}
