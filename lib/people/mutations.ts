import "server-only";
import { z } from "zod";
import { requireRole } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/meetings/schemas";
import { addAlias, removeAlias } from "@/lib/entities/aliases";
import { editEntity } from "@/lib/entities/edit-entity";
import { startMergeJob, startUndoJob, type MergeJobProgress } from "@/lib/entities/merge-jobs/jobs";
import { MERGE_ANSWER_WITHIN_MS, runMergeJobFor } from "@/lib/entities/merge-jobs/runner";
import { personMergePlan } from "@/lib/people/merge";
import { withUserLimit } from "@/lib/security/user-limits";

const personIdSchema = z.uuid("Choose a person.");

export const mergePeopleSchema = z
  .object({ id: personIdSchema, intoId: personIdSchema })
  .refine((v) => v.id !== v.intoId, { message: "Choose another person to merge into.", path: ["intoId"] });

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", "Check the highlighted fields.", { fieldErrors: toFieldErrors(parsed.error) });
  return parsed.data;
}

/**
 * Saves a person's name, country, notes and Wikidata id from the form opened at `expectedVersion`;
 * a stale version is a conflict (EntityConflictError), a new name keeps the old as a spelling.
 * Rule: analysts and admins.
 */
export async function updatePerson(input: unknown): Promise<{ version: number; changed: boolean }> {
  return editEntity("person", input);
}

/** Records another spelling of a person's name and where it was seen. Rule: analysts and admins. */
export async function addPersonAlias(input: { personId?: unknown; alias?: unknown; sourceId?: unknown }): Promise<void> {
  await addAlias("person", { ownerId: input.personId, alias: input.alias, sourceId: input.sourceId });
}

/** Removes a recorded spelling (the revision keeps it). Rule: analysts and admins. */
export async function removePersonAlias(input: unknown): Promise<void> {
  await removeAlias("person", input);
}

/**
 * Merges a duplicate person into another: the duplicate redirects at once; participations,
 * evidence and spellings move in batches, each touched meeting with a revision. Answers when done,
 * or after a few seconds with the job's progress. Rule: analysts and admins.
 */
export async function mergePeople(input: unknown): Promise<MergeJobProgress> {
  const user = await requireRole("analyst");
  const { id, intoId } = parse(mergePeopleSchema, input);
  const jobId = await withUserLimit(user.id, "merge", () => startMergeJob(personMergePlan, id, intoId, user.id));
  return runMergeJobFor(jobId, MERGE_ANSWER_WITHIN_MS);
}

/**
 * Undoes the latest merge of person `id` completely, or refuses, changing nothing, when later
 * changes moved its rows. Rule: analysts and admins.
 */
export async function unmergePerson(input: unknown): Promise<MergeJobProgress> {
  const user = await requireRole("analyst");
  const { id } = parse(z.object({ id: personIdSchema }), input);
  const jobId = await withUserLimit(user.id, "merge", () => startUndoJob(personMergePlan, id, user.id));
  return runMergeJobFor(jobId, MERGE_ANSWER_WITHIN_MS);
}
