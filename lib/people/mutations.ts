import "server-only";
import { z } from "zod";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/meetings/schemas";
import { safeText } from "@/lib/meetings/write/safe-text";
import { unsafeMergePeople, unsafeUnmergePeople, type PersonMergeRecord } from "@/lib/people/merge";

const personIdSchema = z.uuid("Choose a person.");

export const mergePeopleSchema = z
  .object({ id: personIdSchema, intoId: personIdSchema })
  .refine((v) => v.id !== v.intoId, { message: "Choose another person to merge into.", path: ["intoId"] });
export const addAliasSchema = z.object({
  personId: personIdSchema,
  alias: safeText(200, "The spelling").pipe(z.string().min(1, "Enter the spelling.")),
  sourceId: z.preprocess((v) => (v === "" ? undefined : v), z.uuid("Choose a source from the list.").optional()),
});
export const removeAliasSchema = z.object({ aliasId: z.uuid("Choose an alias.") });

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", "Check the highlighted fields.", { fieldErrors: toFieldErrors(parsed.error) });
  return parsed.data;
}

async function aliasList(tx: Pick<typeof db, "personAlias">, personId: string) {
  return tx.personAlias.findMany({ where: { personId }, select: { id: true, alias: true, sourceId: true }, orderBy: { alias: "asc" } });
}

/** Records another spelling of a person's name and where it was seen. Rule: analysts and admins. */
export async function addPersonAlias(input: unknown): Promise<void> {
  const user = await requireRole("analyst");
  const { personId, alias, sourceId } = parse(addAliasSchema, input);
  await db.$transaction(async (tx) => {
    const person = await tx.person.findUnique({ where: { id: personId }, select: { mergedIntoId: true } });
    if (!person || person.mergedIntoId) throw new AppError("not_found", "This person does not exist or was merged.");
    if (sourceId && !(await tx.source.findUnique({ where: { id: sourceId }, select: { id: true } }))) {
      throw new AppError("validation", "Check the highlighted fields.", { fieldErrors: { sourceId: ["This source no longer exists."] } });
    }
    const before = await aliasList(tx, personId);
    if (before.some((a) => a.alias.toLowerCase() === alias.toLowerCase())) {
      throw new AppError("validation", "Check the highlighted fields.", { fieldErrors: { alias: ["This spelling is already recorded."] } });
    }
    await tx.personAlias.create({ data: { personId, alias, sourceId: sourceId ?? null } });
    await tx.revision.create({ data: { entityType: "Person", entityId: personId, action: "UPDATE", actorId: user.id, before: { aliases: before }, after: { aliases: await aliasList(tx, personId) } } });
  });
}

/** Removes a recorded spelling (the revision keeps it). Rule: analysts and admins. */
export async function removePersonAlias(input: unknown): Promise<void> {
  const user = await requireRole("analyst");
  const { aliasId } = parse(removeAliasSchema, input);
  await db.$transaction(async (tx) => {
    const alias = await tx.personAlias.findUnique({ where: { id: aliasId }, select: { personId: true } });
    if (!alias) throw new AppError("not_found", "This spelling was already removed.");
    const before = await aliasList(tx, alias.personId);
    await tx.personAlias.delete({ where: { id: aliasId } });
    await tx.revision.create({ data: { entityType: "Person", entityId: alias.personId, action: "UPDATE", actorId: user.id, before: { aliases: before }, after: { aliases: await aliasList(tx, alias.personId) } } });
  });
}

/**
 * Merges a duplicate person into another: participations, evidence and aliases move, the
 * duplicate's links redirect, each touched meeting gets a revision. Rule: analysts and admins.
 */
export async function mergePeople(input: unknown): Promise<PersonMergeRecord> {
  const user = await requireRole("analyst");
  const { id, intoId } = parse(mergePeopleSchema, input);
  return db.$transaction((tx) => unsafeMergePeople(tx, user.id, id, intoId), { timeout: 120_000 });
}

/** Undoes the latest merge of person `id` completely, from its MERGE revision. Rule: analysts and admins. */
export async function unmergePerson(input: unknown): Promise<void> {
  const user = await requireRole("analyst");
  const { id } = parse(z.object({ id: personIdSchema }), input);
  await db.$transaction(
    async (tx) => {
      const revision = await tx.revision.findFirst({
        where: { entityType: "Person", entityId: id, action: "MERGE" },
        orderBy: { id: "desc" },
        select: { after: true },
      });
      if (!revision?.after) throw new AppError("not_found", "This person was never merged.");
      await unsafeUnmergePeople(tx, user.id, revision.after as unknown as PersonMergeRecord);
    },
    { timeout: 120_000 },
  );
}
