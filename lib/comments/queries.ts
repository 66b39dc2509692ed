import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { commentAnchorSchema } from "@/lib/comments/anchor";
import type { CommentItem, MeetingComments } from "@/lib/comments/dto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { meetingIdSchema } from "@/lib/meetings/schemas";

/** A meeting discussed for years still loads in one read; older comments past this are left out. */
export const COMMENTS_SHOWN = 500;

interface Row {
  id: string;
  body: string;
  anchor: unknown;
  authorId: string | null;
  authorName: string | null;
  createdAt: Date;
  editedAt: Date | null;
  mentions: { userId: string; name: string }[];
}

/**
 * A meeting's comments, oldest first, each with its author and mentions, in one statement.
 * Rule: any signed-in user reads them (viewers too) where they may read the meeting (a deleted
 * one: admins only); analysts and admins may comment.
 */
export async function getMeetingComments(meetingId: string): Promise<MeetingComments> {
  const user = await requireUser();
  if (!meetingIdSchema.safeParse(meetingId).success) throw new AppError("not_found", "This meeting does not exist.");
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { deletedAt: true } });
  if (!meeting || (meeting.deletedAt && user.role !== "admin")) throw new AppError("not_found", "This meeting does not exist.");
  const rows = await db.$queryRaw<Row[]>`
    SELECT c."id"::text AS "id", c."body", c."anchor", c."authorId", u."name" AS "authorName", c."createdAt", c."editedAt",
           COALESCE((SELECT json_agg(json_build_object('userId', mu."id", 'name', mu."name") ORDER BY mu."name")
                       FROM "CommentMention" cm JOIN "user" mu ON mu."id" = cm."userId" WHERE cm."commentId" = c."id"), '[]'::json) AS "mentions"
      FROM (SELECT * FROM "Comment" WHERE "meetingId" = ${meetingId}::uuid ORDER BY "createdAt" DESC, "id" DESC LIMIT ${COMMENTS_SHOWN + 1}) c
      LEFT JOIN "user" u ON u."id" = c."authorId"
     ORDER BY c."createdAt", c."id"`;
  const truncated = rows.length > COMMENTS_SHOWN;
  const shown = truncated ? rows.slice(1) : rows;
  const items: CommentItem[] = shown.map((row) => {
    const anchor = commentAnchorSchema.safeParse(row.anchor);
    const own = row.authorId === user.id;
    return {
      id: row.id,
      body: row.body,
      anchor: anchor.success ? anchor.data : null,
      author: row.authorId ? { id: row.authorId, name: row.authorName ?? "" } : null,
      createdAt: row.createdAt.toISOString(),
      editedAt: row.editedAt?.toISOString() ?? null,
      mentions: row.mentions,
      canEdit: own && hasRole(user.role, "analyst"),
      canDelete: (own && hasRole(user.role, "analyst")) || user.role === "admin",
    };
  });
  return { meetingId, items, canComment: hasRole(user.role, "analyst") && !meeting.deletedAt, truncated };
}
