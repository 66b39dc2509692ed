import "server-only";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { getSignedInAccount } from "@/lib/auth/sessions/session";
import { db } from "@/lib/db";
import type { InboxEntry, InboxPage } from "@/lib/inbox/dto";

export const INBOX_PAGE_SIZE = 50;
/** The count the navigation shows stops here ("99+"): counting further tells nobody anything. */
export const UNREAD_CAP = 99;

/** The inbox's page cursor: the id of the last entry shown. */
export const inboxCursorSchema = z.string().regex(/^\d{1,18}$/).optional().catch(undefined);

interface Row {
  id: bigint;
  reason: InboxEntry["reason"];
  meetingId: string;
  title: string;
  action: InboxEntry["action"];
  actor: string | null;
  watchLabels: string[];
  note: string | null;
  commentBody: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/**
 * The caller's inbox, newest first, a page at a time, with the unread count. Items of meetings in
 * the trash are left out but for admins. Rule: any signed-in user, their own inbox only.
 */
export async function listInbox(before?: string): Promise<InboxPage> {
  const user = await requireUser();
  const cursor = inboxCursorSchema.parse(before);
  const admin = user.role === "admin";
  const rows = await db.$queryRaw<Row[]>`
    SELECT i."id", i."reason", i."meetingId"::text AS "meetingId", m."title", i."action", u."name" AS "actor", i."watchLabels",
           i."note", left(c."body", 200) AS "commentBody", i."createdAt", i."readAt"
      FROM "InboxItem" i
      JOIN "Meeting" m ON m."id" = i."meetingId" AND (${admin} OR m."deletedAt" IS NULL)
      LEFT JOIN "user" u ON u."id" = i."actorId"
      LEFT JOIN "Comment" c ON c."id" = i."commentId"
     WHERE i."userId" = ${user.id}
       AND (${cursor ?? null}::bigint IS NULL OR (i."createdAt", i."id") < (SELECT "createdAt", "id" FROM "InboxItem" WHERE "id" = ${cursor ?? null}::bigint AND "userId" = ${user.id}))
     ORDER BY i."createdAt" DESC, i."id" DESC
     LIMIT ${INBOX_PAGE_SIZE + 1}`;
  const shown = rows.slice(0, INBOX_PAGE_SIZE);
  return {
    entries: shown.map((row) => ({
      id: row.id.toString(),
      reason: row.reason,
      meeting: { id: row.meetingId, title: row.title },
      action: row.action,
      actor: row.actor,
      watchLabels: row.watchLabels,
      note: row.reason === "MENTION" ? row.commentBody : row.note,
      at: row.createdAt.toISOString(),
      read: row.readAt !== null,
    })),
    unread: await countUnreadFor(user.id),
    nextBefore: rows.length > INBOX_PAGE_SIZE ? shown.at(-1)!.id.toString() : null,
  };
}

async function countUnreadFor(userId: string): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n" FROM (SELECT 1 FROM "InboxItem" WHERE "userId" = ${userId} AND "readAt" IS NULL LIMIT ${UNREAD_CAP + 1}) capped`;
  return rows[0]?.n ?? 0;
}

/**
 * How many unread items the caller has, up to UNREAD_CAP + 1 (the navigation shows "99+"), for the
 * header of every page: read with the session (lib/auth/sessions/request-extras.ts), so it costs
 * the page no statement. Rule: any signed-in user, their own; 0 when signed out.
 */
export async function countUnreadInbox(): Promise<number> {
  return (await getSignedInAccount())?.extras.unreadInbox ?? 0;
}
