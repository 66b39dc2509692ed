import "server-only";
import { z } from "zod";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toFieldErrors } from "@/lib/meetings/schemas";
import { tagSlug } from "@/lib/meetings/tag-slug";
import { safeText } from "@/lib/meetings/write/safe-text";
import { runMeetingWork } from "@/lib/meetings/write/unit-of-work";

type Tx = Prisma.TransactionClient;

export const tagIdSchema = z.uuid("Choose a tag.");

export const renameTagSchema = z.object({
  id: tagIdSchema,
  name: safeText(60, "The tag").pipe(z.string().min(1, "Enter the tag's name.")).refine((name) => tagSlug(name).length > 0, "Use letters or digits."),
});
export const describeTagSchema = z.object({ id: tagIdSchema, description: safeText(2000, "The description") });

export function parseTagInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", "Check the highlighted fields.", { fieldErrors: toFieldErrors(parsed.error) });
  return parsed.data;
}

type TagState = { id: string; name: string; slug: string; description: string; mergedIntoId: string | null };

export async function lockTag(tx: Tx, id: string): Promise<TagState> {
  const rows = await tx.$queryRaw<TagState[]>`
    SELECT "id"::text AS "id", "name", "slug", "description", "mergedIntoId"::text AS "mergedIntoId" FROM "Tag" WHERE "id" = ${id}::uuid FOR UPDATE`;
  const tag = rows[0];
  if (!tag || tag.mergedIntoId) throw new AppError("not_found", "This tag does not exist or was merged into another.");
  return tag;
}

async function recordTagRevision(tx: Tx, actorId: string, before: TagState, after: TagState) {
  await tx.revision.create({
    data: { entityType: "Tag", entityId: before.id, action: "UPDATE", actorId, before: { ...before }, after: { ...after } },
  });
}

/**
 * Renames a tag everywhere it is used, and re-indexes its meetings so they are found by the new
 * name at once. The old name stays the tag's former name: typed anywhere later (a form opened
 * before the rename, a restored revision, habit) it still means this tag, so a rename never
 * splits a tag in two. Names compare by slug (case and accents folded); a name another tag has,
 * had, or leads to is refused. Renaming back to a former name takes it back. Rule: analysts and
 * admins.
 */
export async function renameTag(input: unknown): Promise<void> {
  const user = await requireRole("analyst");
  const { id, name } = parseTagInput(renameTagSchema, input);
  await runMeetingWork(db, user.id, async (unit) => {
    const tx = unit.tx;
    const before = await lockTag(tx, id);
    const slug = tagSlug(name);
    const taken = await nameTakenBy(tx, id, slug);
    if (taken) throw new AppError("validation", "Check the highlighted fields.", { fieldErrors: { name: [taken] } });
    const clean = name.normalize("NFC").trim();
    await tx.tag.update({ where: { id }, data: { name: clean, slug } });
    if (slug !== before.slug) {
      // Back to a former name (its own, or one of a tag merged into it): the name is live again.
      await tx.tagFormerName.deleteMany({ where: { slug } });
      await tx.tagFormerName.create({ data: { tagId: id, slug: before.slug, name: before.name } });
    }
    await recordTagRevision(tx, user.id, before, { ...before, name: clean, slug });
    await unit.reindexMeetingsTagged([id]);
  });
}

/** Why tag `id` may not be called by `slug`, when another tag has that name, had it, or leads there. */
async function nameTakenBy(tx: Tx, id: string, slug: string): Promise<string | null> {
  const live = await tx.tag.findFirst({ where: { slug, id: { not: id } }, select: { name: true, mergedIntoId: true, mergedInto: { select: { name: true } } } });
  if (live?.mergedIntoId === id) return `The tag “${live.name}” was merged into this one, and its name already leads here: choose another name.`;
  if (live?.mergedInto) return `The tag “${live.name}” was merged into “${live.mergedInto.name}”, and its name still leads there: choose another name.`;
  if (live) return `The tag “${live.name}” already has this name: merge into it instead.`;
  const former = await tx.tagFormerName.findFirst({
    where: { slug, tagId: { not: id } },
    select: { name: true, tag: { select: { name: true, mergedIntoId: true, mergedInto: { select: { name: true } } } } },
  });
  if (!former || former.tag.mergedIntoId === id) return null;
  const owner = former.tag.mergedInto?.name ?? former.tag.name;
  return `“${former.name}” is a former name of the tag “${owner}”, and typing it adds that tag: merge into it instead, or choose another name.`;
}

/** Sets what a tag means, shown on its page and the tags list. Rule: analysts and admins. */
export async function describeTag(input: unknown): Promise<void> {
  const user = await requireRole("analyst");
  const { id, description } = parseTagInput(describeTagSchema, input);
  // No meeting shows or is found by a description: the unit only keeps every tag write alike.
  await runMeetingWork(db, user.id, async ({ tx }) => {
    const before = await lockTag(tx, id);
    await tx.tag.update({ where: { id }, data: { description } });
    await recordTagRevision(tx, user.id, before, { ...before, description });
  });
}

export const deleteTagSchema = z.object({ id: tagIdSchema });

/**
 * Deletes a tag no meeting carries (in the trash neither) and no merged tag leads to; refused,
 * saying why, otherwise. The revision keeps what it was. Rule: analysts and admins.
 */
export async function deleteTag(input: unknown): Promise<{ name: string }> {
  const user = await requireRole("analyst");
  const { id } = parseTagInput(deleteTagSchema, input);
  // No meeting carries it, so none changes: the unit only keeps every tag write alike.
  return runMeetingWork(db, user.id, async ({ tx }) => {
    const tag = await lockTag(tx, id);
    const [uses] = await tx.$queryRaw<{ meetings: number; trashed: number }[]>`
      SELECT count(*)::int AS "meetings", count(*) FILTER (WHERE m."deletedAt" IS NOT NULL)::int AS "trashed"
      FROM "MeetingTag" mt JOIN "Meeting" m ON m."id" = mt."meetingId" WHERE mt."tagId" = ${id}::uuid`;
    if (uses!.meetings > 0) {
      const trash = uses!.trashed > 0 ? ` (${uses!.trashed} of them in the trash)` : "";
      throw new AppError("conflict", `“${tag.name}” is on ${uses!.meetings === 1 ? "1 meeting" : `${uses!.meetings} meetings`}${trash}: take it off them, or merge it into another tag, before deleting it.`);
    }
    const merged = await tx.tag.findMany({ where: { mergedIntoId: id }, select: { name: true }, orderBy: { name: "asc" } });
    if (merged.length > 0) {
      throw new AppError("conflict", `The merged tags ${merged.map((t) => `“${t.name}”`).join(", ")} lead to “${tag.name}”: undo those merges before deleting it.`);
    }
    if (await tx.mergeJob.count({ where: { subject: "TAG", status: "RUNNING", OR: [{ fromId: id }, { intoId: id }] } })) {
      throw new AppError("conflict", `A merge of “${tag.name}” is still running: wait until it finishes.`);
    }
    await tx.tag.delete({ where: { id } });
    await tx.revision.create({ data: { entityType: "Tag", entityId: id, action: "DELETE", actorId: user.id, before: { ...tag }, after: undefined } });
    return { name: tag.name };
  });
}
