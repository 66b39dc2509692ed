import "server-only";
import { readChanges, type Change } from "@/lib/changes/feed";
import type { Prisma, PrismaClient, RevisionAction } from "@/lib/generated/prisma/client";
import { matchWatches, readMeetingKeys, readWatchedViews, type WatchedViews } from "@/lib/watches/matching";

type Tx = Prisma.TransactionClient;

/** The cursor row's name: the inbox's place in the changes feed. */
export const INBOX_CURSOR = "inbox";
/** Changes handled per transaction: a batch holds its cursor lock only briefly. */
export const FAN_OUT_BATCH = 100;

/**
 * Which meeting changes tell watchers. A merge re-points thousands of meetings at the kept person
 * and says nothing new about any of them; a deletion takes the meeting out of everyone's sight;
 * sending for review is a step between two saves. A return tells the author, not watchers.
 */
const TELLS_WATCHERS: ReadonlySet<RevisionAction> = new Set(["CREATE", "UPDATE", "RESTORE", "APPROVE"]);

export interface FanOutBatch {
  /** Changes read from the feed (after the cursor) in this batch. */
  changes: number;
  /** Inbox items written or refreshed. */
  items: number;
  /** Where the cursor stands now. */
  cursor: bigint;
}

/**
 * One batch of the fan-out: locks the cursor row (SKIP LOCKED: another instance busy with a
 * batch means this one has nothing to do), reads the meeting changes after it, writes the inbox
 * items each one makes and moves the cursor, all in one transaction. A crash anywhere rolls all of
 * it back and the next batch, in this process or another, starts again from the same cursor, so
 * every change is handled exactly once. Null when another instance holds the cursor.
 */
export async function fanOutBatch(client: Pick<PrismaClient, "$transaction">, limit = FAN_OUT_BATCH): Promise<FanOutBatch | null> {
  return client.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ seq: bigint }[]>`
        SELECT "seq" FROM "InboxCursor" WHERE "name" = ${INBOX_CURSOR} FOR UPDATE SKIP LOCKED`;
      if (locked.length === 0) return null;
      const changes = await readChanges(tx, { after: locked[0]!.seq, limit, entityTypes: ["Meeting"] });
      let items = 0;
      const views = changes.length > 0 ? await readWatchedViews(tx) : { watchers: [], tests: [] };
      for (const change of changes) items += await fanOutChange(tx, change, views);
      const cursor = changes.at(-1)?.seq ?? locked[0]!.seq;
      if (changes.length > 0) await tx.$executeRaw`UPDATE "InboxCursor" SET "seq" = ${cursor}, "updatedAt" = now() WHERE "name" = ${INBOX_CURSOR}`;
      return { changes: changes.length, items, cursor };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}

/**
 * Runs batches until the feed is drained (or another instance holds the cursor). Tests call it
 * to see a change's inbox items at once, without waiting for the worker.
 */
export async function drainInbox(client: Pick<PrismaClient, "$transaction">): Promise<{ changes: number; items: number }> {
  const total = { changes: 0, items: 0 };
  for (;;) {
    const batch = await fanOutBatch(client);
    if (!batch || batch.changes === 0) return total;
    total.changes += batch.changes;
    total.items += batch.items;
  }
}

async function fanOutChange(tx: Tx, change: Change, views: WatchedViews): Promise<number> {
  if (change.action === "RETURN") return tellAuthorOfReturn(tx, change);
  if (!TELLS_WATCHERS.has(change.action)) return 0;
  const keys = await readMeetingKeys(tx, change.entityId);
  if (!keys || keys.deleted) return 0;
  const matches = await matchWatches(tx, change.entityId, keys, views);
  // Nobody is told of their own change.
  if (change.actorId) matches.delete(change.actorId);
  if (matches.size === 0) return 0;
  const userIds = [...matches.keys()];
  const labels = userIds.map((userId) => JSON.stringify(matches.get(userId)));
  // While unread, a meeting's watch items are one line: a later change refreshes it (and keeps
  // "new meeting" if it was one), so ten saves of one meeting are not ten lines to read.
  return tx.$executeRaw`
    INSERT INTO "InboxItem" ("userId", "reason", "meetingId", "seq", "action", "actorId", "watchLabels", "createdAt")
    SELECT u."userId", 'WATCH', ${change.entityId}::uuid, ${change.seq}, ${change.action}::"RevisionAction", ${change.actorId},
           ARRAY(SELECT jsonb_array_elements_text(u."labels"::jsonb)), ${change.at}
      FROM unnest(${userIds}::text[], ${labels}::text[]) AS u("userId", "labels")
    ON CONFLICT ("userId", "meetingId") WHERE "reason" = 'WATCH' AND "readAt" IS NULL DO UPDATE SET
      "seq" = EXCLUDED."seq",
      "action" = CASE WHEN "InboxItem"."action" = 'CREATE' THEN 'CREATE'::"RevisionAction" ELSE EXCLUDED."action" END,
      "actorId" = EXCLUDED."actorId",
      "watchLabels" = ARRAY(SELECT DISTINCT l FROM unnest("InboxItem"."watchLabels" || EXCLUDED."watchLabels") l ORDER BY l),
      "createdAt" = EXCLUDED."createdAt"`;
}

/** A return tells the meeting's author why, unless they returned it themselves. */
async function tellAuthorOfReturn(tx: Tx, change: Change): Promise<number> {
  const meeting = await tx.meeting.findUnique({ where: { id: change.entityId }, select: { createdById: true, deletedAt: true } });
  if (!meeting?.createdById || meeting.deletedAt || meeting.createdById === change.actorId) return 0;
  await tx.inboxItem.create({
    data: { userId: meeting.createdById, reason: "RETURN", meetingId: change.entityId, seq: change.seq, action: "RETURN", actorId: change.actorId, note: change.note, createdAt: change.at },
  });
  return 1;
}
