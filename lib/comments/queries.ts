import "server-only";
import { requireUser, type SessionUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { commentAnchorSchema } from "@/lib/comments/anchor";
import type { CommentItem, MeetingComments } from "@/lib/comments/dto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { meetingIdSchema } from "@/lib/meetings/schemas";

/** A meeting discussed for years still loads in one read; older comments past this are left out. */
export const COMMENTS_SHOWN = 500;

export interface CommentRow {
  id: string;
  body: string;
  anchor: unknown;
  authorId: string | null;
  authorName: string | null;
  createdAt: string;
  editedAt: string | null;
  mentions: { userId: string; name: string }[];
}

/**
 * A meeting's comments, oldest first, each with its author and mentions: one statement, the
 * meeting's visibility with them (the permalink counts its statements).
 * Rule: any signed-in user reads them (viewers too) where they may read the meeting (a deleted
 * one: admins only); analysts and admins may comment.
 */
export async function getMeetingComments(meetingId: string): Promise<MeetingComments> {
  const user = await requireUser();
  const notFound = new AppError("not_found", "This meeting does not exist.");
  if (!meetingIdSchema.safeParse(meetingId).success) throw notFound;
  const found = await db.$queryRaw<{ deleted: boolean; comments: CommentRow[] }[]>`
    SELECT m."deletedAt" IS NOT NULL AS "deleted", ${commentRowsSql(meetingId)} AS "comments"
      FROM "Meeting" m WHERE m."id" = ${meetingId}::uuid`;
  const meeting = found[0];
  if (!meeting || (meeting.deleted && user.role !== "admin")) throw notFound;
  return toMeetingComments(user, meetingId, meeting.deleted, meeting.comments);
}

/** The newest COMMENTS_SHOWN + 1 comments as one JSON column, for the meeting page's one read too (issue 19). */
export function commentRowsSql(meetingId: string): Prisma.Sql {
  return Prisma.sql`COALESCE((
      SELECT json_agg(json_build_object(
               'id', c."id", 'body', c."body", 'anchor', c."anchor", 'authorId', c."authorId", 'authorName', u."name",
               'createdAt', to_char(c."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
               'editedAt', to_char(c."editedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
               'mentions', COALESCE((SELECT json_agg(json_build_object('userId', mu."id", 'name', mu."name") ORDER BY mu."name")
                                       FROM "CommentMention" cm JOIN "user" mu ON mu."id" = cm."userId" WHERE cm."commentId" = c."id"), '[]'::json))
             ORDER BY c."createdAt", c."id")
        FROM (SELECT * FROM "Comment" WHERE "meetingId" = ${meetingId}::uuid ORDER BY "createdAt" DESC, "id" DESC LIMIT ${COMMENTS_SHOWN + 1}) c
        LEFT JOIN "user" u ON u."id" = c."authorId"), '[]'::json)`;
}

/** The comments as `user` sees them, from commentRowsSql's column; the caller has checked the meeting is theirs to read. */
export function toMeetingComments(user: SessionUser, meetingId: string, deleted: boolean, rows: CommentRow[]): MeetingComments {
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
      createdAt: row.createdAt,
      editedAt: row.editedAt,
      mentions: row.mentions,
      canEdit: own && hasRole(user.role, "analyst"),
      canDelete: (own && hasRole(user.role, "analyst")) || user.role === "admin",
    };
  });
  return { meetingId, items, canComment: hasRole(user.role, "analyst") && !deleted, truncated };
}
