import "server-only";
import { z } from "zod";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toFieldErrors } from "@/lib/meetings/schemas";
import { tagSlug } from "@/lib/meetings/tag-slug";
import { changeMeetingTagsInUnit } from "@/lib/meetings/write/tags";
import { safeText } from "@/lib/meetings/write/safe-text";
import { runMeetingWork } from "@/lib/meetings/write/unit-of-work";
import { withUserLimit } from "@/lib/security/user-limits";

type Tx = Prisma.TransactionClient;

const tagIdSchema = z.uuid("Choose a tag.");

export const renameTagSchema = z.object({
  id: tagIdSchema,
  name: safeText(60, "The tag").pipe(z.string().min(1, "Enter the tag's name.")).refine((name) => tagSlug(name).length > 0, "Use letters or digits."),
});
export const describeTagSchema = z.object({ id: tagIdSchema, description: safeText(2000, "The description") });
export const mergeTagsSchema = z
  .object({ id: tagIdSchema, intoId: tagIdSchema })
  .refine((value) => value.id !== value.intoId, { message: "Choose another tag to merge into.", path: ["intoId"] });

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", "Check the highlighted fields.", { fieldErrors: toFieldErrors(parsed.error) });
  return parsed.data;
}

type TagState = { id: string; name: string; slug: string; description: string; mergedIntoId: string | null };

async function lockTag(tx: Tx, id: string): Promise<TagState> {
  const rows = await tx.$queryRaw<TagState[]>`
    SELECT "id"::text AS "id", "name", "slug", "description", "mergedIntoId"::text AS "mergedIntoId" FROM "Tag" WHERE "id" = ${id}::uuid FOR UPDATE`;
  const tag = rows[0];
  if (!tag || tag.mergedIntoId) throw new AppError("not_found", "This tag does not exist or was merged into another.");
  return tag;
}

async function recordTagRevision(tx: Tx, actorId: string, action: "UPDATE" | "MERGE", before: TagState, after: TagState & { meetingIds?: string[] }) {
  await tx.revision.create({
    data: { entityType: "Tag", entityId: before.id, action, actorId, before: { ...before }, after: { ...after } },
  });
}

/**
 * Renames a tag everywhere it is used, and re-indexes its meetings so they are found by the new
 * name at once. Names compare by slug (case and accents folded), so a name that another tag
 * already has is refused with a hint to merge. Rule: analysts and admins.
 */
export async function renameTag(input: unknown): Promise<void> {
  const user = await requireRole("analyst");
  const { id, name } = parse(renameTagSchema, input);
  await runMeetingWork(db, user.id, async (unit) => {
    const tx = unit.tx;
    const before = await lockTag(tx, id);
    const slug = tagSlug(name);
    const clash = await tx.tag.findFirst({ where: { slug, id: { not: id } }, select: { name: true } });
    if (clash) throw new AppError("validation", "Check the highlighted fields.", { fieldErrors: { name: [`The tag “${clash.name}” already has this name: merge into it instead.`] } });
    const clean = name.normalize("NFC").trim();
    await tx.tag.update({ where: { id }, data: { name: clean, slug } });
    await recordTagRevision(tx, user.id, "UPDATE", before, { ...before, name: clean, slug });
    await unit.reindexMeetingsTagged([id]);
  });
}

/** Sets what a tag means, shown on its page and the tags list. Rule: analysts and admins. */
export async function describeTag(input: unknown): Promise<void> {
  const user = await requireRole("analyst");
  const { id, description } = parse(describeTagSchema, input);
  // No meeting shows or is found by a description: the unit only keeps every tag write alike.
  await runMeetingWork(db, user.id, async ({ tx }) => {
    const before = await lockTag(tx, id);
    await tx.tag.update({ where: { id }, data: { description } });
    await recordTagRevision(tx, user.id, "UPDATE", before, { ...before, description });
  });
}

/**
 * Merges tag `id` into `intoId`: every meeting that had it gets the other instead (each through
 * the one write path, so each meeting gains a revision), and the old tag points at the new one so
 * its links and its name keep working. Rule: analysts and admins.
 */
export async function mergeTags(input: unknown): Promise<{ moved: number }> {
  const user = await requireRole("analyst");
  const { id, intoId } = parse(mergeTagsSchema, input);
  return withUserLimit(user.id, "merge", () => runMeetingWork(
    db,
    user.id,
    async (unit) => {
      const tx = unit.tx;
      const from = await lockTag(tx, id);
      const into = await lockTag(tx, intoId).catch(() => {
        throw new AppError("validation", "Check the highlighted fields.", { fieldErrors: { intoId: ["This tag does not exist or was merged into another."] } });
      });
      const links = await tx.meetingTag.findMany({ where: { tagId: id }, select: { meetingId: true }, orderBy: { meetingId: "asc" } });
      const meetingIds = links.map((link) => link.meetingId);
      for (const meetingId of meetingIds) {
        await changeMeetingTagsInUnit(unit, meetingId, { add: [into.name], remove: [from.name] }).catch((error: unknown) => {
          // A deleted meeting keeps its tags as they were; the link moves without a revision.
          if (!(error instanceof AppError && error.code === "not_found")) throw error;
        });
      }
      // Deleted meetings' links: moved directly so nothing points at the merged tag.
      await tx.$executeRaw`
        INSERT INTO "MeetingTag" ("meetingId", "tagId", "createdAt", "createdById")
        SELECT "meetingId", ${intoId}::uuid, "createdAt", "createdById" FROM "MeetingTag" WHERE "tagId" = ${id}::uuid
        ON CONFLICT DO NOTHING`;
      await tx.meetingTag.deleteMany({ where: { tagId: id } });
      await tx.tag.updateMany({ where: { mergedIntoId: id }, data: { mergedIntoId: intoId } });
      await tx.tag.update({ where: { id }, data: { mergedIntoId: intoId } });
      await recordTagRevision(tx, user.id, "MERGE", from, { ...from, mergedIntoId: intoId, meetingIds });
      return { moved: meetingIds.length };
    },
    { maxWait: 10_000, timeout: 120_000 },
  ));
}
