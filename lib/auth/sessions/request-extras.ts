import "server-only";
import { db } from "@/lib/db";

/** How many of the caller's watches ride along with the session read; past this, a page asks. */
export const WATCHES_CARRIED = 500;
/** The header shows "99+" past 99 (lib/inbox/queries.ts UNREAD_CAP): counting further would only cost. */
const UNREAD_COUNTED = 100;

export interface RequestExtras {
  requireTwoFactor: boolean;
  /** Unread inbox items, up to UNREAD_COUNTED. */
  unreadInbox: number;
  /** What the caller watches, as `KIND:key`; null when there are more than WATCHES_CARRIED. */
  watched: ReadonlySet<string> | null;
  /** The caller's saved preferences (lib/preferences), null when none are saved. */
  preferences: { meetingColumns: string[]; shortcutsEnabled: boolean } | null;
}

/**
 * What every signed-in page needs besides the session, in one statement after better-auth's own
 * (issue 19: a page's statements are budgeted): whether admins require a second factor, the
 * header's unread count, the caller's watches for the Watch toggles and their preferences (the
 * meetings table's columns). Each is a capped read of
 * an index, so a request that uses none of them pays little.
 */
export async function readRequestExtras(userId: string): Promise<RequestExtras> {
  const [row] = await db.$queryRaw<{ requireTwoFactor: boolean | null; unread: number; watched: string[]; preferences: RequestExtras["preferences"] }[]>`
    SELECT (SELECT "requireTwoFactor" FROM "AuthSettings" WHERE "id" = 1) AS "requireTwoFactor",
           (SELECT count(*)::int FROM (SELECT 1 FROM "InboxItem" WHERE "userId" = ${userId} AND "readAt" IS NULL LIMIT ${UNREAD_COUNTED}) u) AS "unread",
           ARRAY(SELECT w."kind"::text || ':' || w."key" FROM "Watch" w WHERE w."userId" = ${userId} LIMIT ${WATCHES_CARRIED + 1}) AS "watched",
           (SELECT json_build_object('meetingColumns', p."meetingColumns", 'shortcutsEnabled', p."shortcutsEnabled") FROM "UserPreference" p WHERE p."userId" = ${userId}) AS "preferences"`;
  return {
    requireTwoFactor: row?.requireTwoFactor === true,
    unreadInbox: row?.unread ?? 0,
    watched: row && row.watched.length <= WATCHES_CARRIED ? new Set(row.watched) : null,
    preferences: row?.preferences ?? null,
  };
}
