import "server-only";
import { z } from "zod";
import { requireRole } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/meetings/schemas";
import { editEntity } from "@/lib/entities/edit-entity";
import { startMergeJob, startUndoJob, type MergeJobProgress } from "@/lib/entities/merge-jobs/jobs";
import { MERGE_ANSWER_WITHIN_MS, runMergeJobFor } from "@/lib/entities/merge-jobs/runner";
import { organizationMergePlan } from "@/lib/organizations/merge";
import { withUserLimit } from "@/lib/security/user-limits";

const organizationIdSchema = z.uuid("Choose an organisation.");
export const mergeOrganizationsSchema = z
  .object({ id: organizationIdSchema, intoId: organizationIdSchema })
  .refine((v) => v.id !== v.intoId, { message: "Choose another organisation to merge into.", path: ["intoId"] });

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", "Check the highlighted fields.", { fieldErrors: toFieldErrors(parsed.error) });
  return parsed.data;
}

/**
 * Saves an organisation's name, acronym, country, notes and Wikidata id from the form opened at
 * `expectedVersion`; a stale version is a conflict, a new name keeps the old as a spelling.
 * Rule: analysts and admins.
 */
export async function updateOrganization(input: unknown): Promise<{ version: number; changed: boolean }> {
  return editEntity("organization", input);
}

/**
 * Merges a duplicate organisation into another: it redirects at once; participations, evidence,
 * spellings and child organisations move, meetings in batches, each with a revision. Answers when
 * done, or after a few seconds with the job's progress. Rule: analysts and admins.
 */
export async function mergeOrganizations(input: unknown): Promise<MergeJobProgress> {
  const user = await requireRole("analyst");
  const { id, intoId } = parse(mergeOrganizationsSchema, input);
  const jobId = await withUserLimit(user.id, "merge", () => startMergeJob(organizationMergePlan, id, intoId, user.id));
  return runMergeJobFor(jobId, MERGE_ANSWER_WITHIN_MS);
}

/**
 * Undoes organisation `id`'s latest merge completely, or refuses, changing nothing, when later
 * changes moved its rows. Rule: analysts and admins.
 */
export async function unmergeOrganization(input: unknown): Promise<MergeJobProgress> {
  const user = await requireRole("analyst");
  const { id } = parse(z.object({ id: organizationIdSchema }), input);
  const jobId = await withUserLimit(user.id, "merge", () => startUndoJob(organizationMergePlan, id, user.id));
  return runMergeJobFor(jobId, MERGE_ANSWER_WITHIN_MS);
}
