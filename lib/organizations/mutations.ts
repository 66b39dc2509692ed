import "server-only";
import { z } from "zod";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/meetings/schemas";
import { mergeOrganizationsInUnit, unmergeOrganizationsInUnit, type OrganizationMergeRecord } from "@/lib/organizations/merge";
import { runMeetingWork } from "@/lib/meetings/write/unit-of-work";
import { withUserLimit } from "@/lib/security/user-limits";

// A merge locks every meeting that names the merged organisation: more than a save's time.
const MERGE_TIMEOUTS = { maxWait: 10_000, timeout: 120_000 } as const;

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
 * Merges a duplicate organisation into another: participations, evidence, aliases and child
 * organisations move; its links redirect; each touched meeting gets a revision. Rule: analysts and admins.
 */
export async function mergeOrganizations(input: unknown): Promise<OrganizationMergeRecord> {
  const user = await requireRole("analyst");
  const { id, intoId } = parse(mergeOrganizationsSchema, input);
  return withUserLimit(user.id, "merge", () => runMeetingWork(db, user.id, (unit) => mergeOrganizationsInUnit(unit, id, intoId), MERGE_TIMEOUTS));
}

/**
 * Undoes organisation `id`'s latest merge completely, or refuses when later changes moved its rows.
 * Returns how many rows moved back. Rule: analysts and admins.
 */
export async function unmergeOrganization(input: unknown): Promise<{ moved: number }> {
  const user = await requireRole("analyst");
  const { id } = parse(z.object({ id: organizationIdSchema }), input);
  return runMeetingWork(
    db,
    user.id,
    async (unit) => {
      const revision = await unit.tx.revision.findFirst({ where: { entityType: "Organization", entityId: id, action: "MERGE" }, orderBy: { id: "desc" }, select: { after: true } });
      if (!revision?.after) throw new AppError("not_found", "This organisation was never merged.");
      return unmergeOrganizationsInUnit(unit, revision.after as unknown as OrganizationMergeRecord);
    },
    MERGE_TIMEOUTS,
  );
}
