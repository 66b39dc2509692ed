import "server-only";
import { randomUUID } from "node:crypto";
import { readChanges } from "@/lib/changes/feed";
import type { Database } from "@/lib/database/client";
import { eventTypeOf } from "@/lib/webhooks/events";
import { changePayload } from "@/lib/webhooks/delivery/payload";

/** Changes read per webhook per pass; a longer backlog is read on the next pass, in order. */
export const QUEUE_PAGE = 500;

// A page per webhook is a few hundred rows read and written: well under a second, but a busy
// server must not turn it into a rolled back pass that is redone again and again.
const QUEUE_TIMEOUTS = { maxWait: 10_000, timeout: 30_000 } as const;

interface WebhookCursor {
  id: string;
  cursor: bigint;
  events: string[];
}

/**
 * Turns the changes after each enabled webhook's cursor into delivery rows and moves the cursor,
 * in one transaction. The webhook rows are locked (SKIP LOCKED): two instances never read for the
 * same webhook at once, so a change is queued once (the unique (webhook, seq) index backs that up).
 * Returns how many webhooks had a full page, i.e. have more to read.
 */
export async function queueChanges(db: Database, options: { now: Date; webhookIds?: readonly string[]; page?: number }): Promise<{ queued: number; behind: number }> {
  const page = options.page ?? QUEUE_PAGE;
  return db.$transaction(async (tx) => {
    const only = options.webhookIds ? [...options.webhookIds] : null;
    const webhooks = await tx.$queryRaw<WebhookCursor[]>`
      SELECT "id"::text AS "id", "cursor", "events" FROM "Webhook"
      WHERE "enabled" AND (${only}::uuid[] IS NULL OR "id" = ANY(${only}::uuid[]))
      ORDER BY "id" FOR UPDATE SKIP LOCKED`;
    let queued = 0;
    let behind = 0;
    for (const webhook of webhooks) {
      const changes = await readChanges(tx, { after: webhook.cursor, limit: page });
      if (changes.length === 0) continue;
      const subscribed = new Set(webhook.events);
      const rows = changes.flatMap((change) => {
        const type = eventTypeOf(change.entityType, change.action);
        if (!type || !subscribed.has(type)) return [];
        const id = randomUUID();
        return [{ id, webhookId: webhook.id, seq: change.seq, type, body: changePayload(id, type, change), nextAttemptAt: options.now }];
      });
      if (rows.length > 0) queued += (await tx.webhookDelivery.createMany({ data: rows, skipDuplicates: true })).count;
      await tx.webhook.update({ where: { id: webhook.id }, data: { cursor: changes.at(-1)!.seq } });
      if (changes.length === page) behind++;
    }
    return { queued, behind };
  }, QUEUE_TIMEOUTS);
}
