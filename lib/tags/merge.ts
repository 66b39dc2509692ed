import "server-only";
import { z } from "zod";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changeMeetingTagsInUnit } from "@/lib/meetings/write/tags";
import { runMeetingWork } from "@/lib/meetings/write/unit-of-work";
import { withUserLimit } from "@/lib/security/user-limits";
import { lockTag, parseTagInput, recordTagRevision, tagIdSchema } from "@/lib/tags/mutations";

export const mergeTagsSchema = z
  .object({ id: tagIdSchema, intoId: tagIdSchema })
  .refine((value) => value.id !== value.intoId, { message: "Choose another tag to merge into.", path: ["intoId"] });

/**
 * Merges tag `id` into `intoId`: every meeting that had it gets the other instead (each through
 * the one write path, so each meeting gains a revision), and the old tag points at the new one so
 * its links and its name keep working. Rule: analysts and admins.
 */
export async function mergeTags(input: unknown): Promise<{ moved: number }> {
  const user = await requireRole("analyst");
  const { id, intoId } = parseTagInput(mergeTagsSchema, input);
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
