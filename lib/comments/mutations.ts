import "server-only";
import { requireRole } from "@/lib/auth/current-user";
import { resolveMentions, syncMentions } from "@/lib/comments/internal/mentions";
import { resolveAnchor } from "@/lib/comments/internal/resolve-anchor";
import { addCommentSchema, commentIdSchema, editCommentSchema, type AddCommentInput, type EditCommentInput } from "@/lib/comments/schemas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import { toFieldErrors } from "@/lib/meetings/schemas";

// Comments are not part of a meeting's record: they change neither what it shows nor what finds
// it, so they are written here, beside the unit of work, and leave no revision.

const GONE = "This comment no longer exists.";

function parse<T>(schema: z.ZodType<T, unknown>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", "Check the comment.", { fieldErrors: toFieldErrors(parsed.error) });
  return parsed.data;
}

/**
 * Adds a comment to a live meeting, with its anchor checked against the meeting and an inbox item
 * for each user it mentions, in one transaction. Rule: analysts and admins.
 */
export async function addComment(input: AddCommentInput | Record<string, string>): Promise<{ id: string; mentioned: string[] }> {
  const user = await requireRole("analyst");
  const { meetingId, body, anchor, mentions } = parse(addCommentSchema, input);
  return db.$transaction(async (tx) => {
    // Shared: a delete of the meeting waits for this comment, and this one for a delete.
    const live = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Meeting" WHERE "id" = ${meetingId}::uuid AND "deletedAt" IS NULL FOR SHARE`;
    if (live.length === 0) throw new AppError("not_found", "This meeting does not exist or was deleted.");
    const resolved = await resolveAnchor(tx, meetingId, anchor);
    const comment = await tx.comment.create({
      data: { meetingId, authorId: user.id, body, anchor: resolved ?? Prisma.DbNull },
      select: { id: true },
    });
    const mentioned = await syncMentions(tx, { id: comment.id, meetingId, authorId: user.id }, await resolveMentions(tx, body, mentions));
    return { id: comment.id, mentioned };
  });
}

/**
 * Changes a comment's text (and so its mentions: newly named users are told, users no longer
 * named lose the item). Rule: its author only, an analyst or admin; another's answers "not found".
 */
export async function editComment(input: EditCommentInput | Record<string, string>): Promise<{ meetingId: string }> {
  const user = await requireRole("analyst");
  const { commentId, body, mentions } = parse(editCommentSchema, input);
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ meetingId: string; authorId: string | null }[]>`
      SELECT "meetingId"::text AS "meetingId", "authorId" FROM "Comment" WHERE "id" = ${commentId}::uuid FOR UPDATE`;
    const comment = rows[0];
    if (!comment || comment.authorId !== user.id) throw new AppError("not_found", GONE);
    await tx.comment.update({ where: { id: commentId }, data: { body, editedAt: new Date() } });
    await syncMentions(tx, { id: commentId, meetingId: comment.meetingId, authorId: user.id }, await resolveMentions(tx, body, mentions));
    return { meetingId: comment.meetingId };
  });
}

/** Deletes a comment and the inbox items of its mentions. Rule: its author (analyst or admin), or any admin. */
export async function deleteComment(commentId: unknown): Promise<{ meetingId: string }> {
  const user = await requireRole("analyst");
  const parsed = commentIdSchema.safeParse(commentId);
  if (!parsed.success) throw new AppError("not_found", GONE);
  const deleted = await db.$queryRaw<{ meetingId: string }[]>`
    DELETE FROM "Comment" WHERE "id" = ${parsed.data}::uuid AND (${user.role === "admin"} OR "authorId" = ${user.id})
    RETURNING "meetingId"::text AS "meetingId"`;
  if (deleted.length === 0) throw new AppError("not_found", "This comment no longer exists, or it is not yours to delete.");
  return deleted[0]!;
}
