import "server-only";
import { z } from "zod";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/meetings/schemas";
import { addAlias, removeAlias } from "@/lib/entities/aliases";
import { mergePeopleInUnit, unmergePeopleInUnit, type PersonMergeRecord } from "@/lib/people/merge";
import { runMeetingWork } from "@/lib/meetings/write/unit-of-work";
import { withUserLimit } from "@/lib/security/user-limits";

// A merge locks every meeting of the merged person; a long one may need more than a save's time.
const MERGE_TIMEOUTS = { maxWait: 10_000, timeout: 120_000 } as const;

const personIdSchema = z.uuid("Choose a person.");

export const mergePeopleSchema = z
  .object({ id: personIdSchema, intoId: personIdSchema })
  .refine((v) => v.id !== v.intoId, { message: "Choose another person to merge into.", path: ["intoId"] });

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", "Check the highlighted fields.", { fieldErrors: toFieldErrors(parsed.error) });
  return parsed.data;
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
 * Merges a duplicate person into another: participations, evidence and aliases move, the
 * duplicate's links redirect, each touched meeting gets a revision. Rule: analysts and admins.
 */
export async function mergePeople(input: unknown): Promise<PersonMergeRecord> {
  const user = await requireRole("analyst");
  const { id, intoId } = parse(mergePeopleSchema, input);
  return withUserLimit(user.id, "merge", () => runMeetingWork(db, user.id, (unit) => mergePeopleInUnit(unit, id, intoId), MERGE_TIMEOUTS));
}

/**
 * Undoes the latest merge of person `id` completely, from its MERGE revision, or refuses when
 * later changes moved its rows. Returns how many rows moved back. Rule: analysts and admins.
 */
export async function unmergePerson(input: unknown): Promise<{ moved: number }> {
  const user = await requireRole("analyst");
  const { id } = parse(z.object({ id: personIdSchema }), input);
  return runMeetingWork(
    db,
    user.id,
    async (unit) => {
      const revision = await unit.tx.revision.findFirst({
        where: { entityType: "Person", entityId: id, action: "MERGE" },
        orderBy: { id: "desc" },
        select: { after: true },
      });
      if (!revision?.after) throw new AppError("not_found", "This person was never merged.");
      return unmergePeopleInUnit(unit, revision.after as unknown as PersonMergeRecord);
    },
    MERGE_TIMEOUTS,
  );
}
