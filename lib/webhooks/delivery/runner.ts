import "server-only";
import type { Database } from "@/lib/database/client";
import { queueChanges } from "@/lib/webhooks/delivery/queue";
import { sendDueDeliveries, type AttemptOutcome, type SendOptions } from "@/lib/webhooks/delivery/send";

/** Passes one run makes at most, so a huge backlog cannot keep one run going for ever. */
const MAX_PASSES = 20;

export interface RunSummary {
  queued: number;
  delivered: number;
  retrying: number;
  failed: number;
}

/**
 * One run of the delivery loop as of `now`: queue the changes each webhook has not seen, then send
 * what is due, batch after batch. Safe to run on many instances at once (queue.ts and send.ts say
 * why). Tests call it directly with the time they want instead of waiting.
 */
export async function runWebhookDeliveries(db: Database, options: Omit<SendOptions, "deliveryIds">): Promise<RunSummary> {
  const summary: RunSummary = { queued: 0, delivered: 0, retrying: 0, failed: 0 };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { queued, behind } = await queueChanges(db, options);
    summary.queued += queued;
    if (behind === 0) break;
  }
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const sent = await sendDueDeliveries(db, options);
    if (sent.length === 0) break;
    for (const { outcome } of sent) summary[outcome satisfies AttemptOutcome]++;
  }
  return summary;
}
