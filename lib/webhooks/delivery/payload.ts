import type { Change } from "@/lib/changes/feed";

/** What a receiver gets, as docs/webhooks.md describes it. */
export interface WebhookPayload {
  /** The delivery's id: the same on every retry, so a receiver can ignore one it has handled. */
  id: string;
  /** The change's place in the feed, a decimal string (`/api/v1/changes?after=<seq>`); null for a test. */
  seq: string | null;
  type: string;
  action: string | null;
  entity: { type: string; id: string; version: number } | null;
  actor: { id: string } | null;
  at: string;
  note: string | null;
}

/** The body of a change's delivery: the feed's row, not the record (receivers read that by id). */
export function changePayload(id: string, type: string, change: Change): string {
  const payload: WebhookPayload = {
    id,
    seq: change.seq.toString(),
    type,
    action: change.action,
    entity: { type: change.entityType.toLowerCase(), id: change.entityId, version: change.version },
    actor: change.actorId ? { id: change.actorId } : null,
    at: change.at.toISOString(),
    note: change.note,
  };
  return JSON.stringify(payload);
}

/** The body the "Send test" button sends. */
export function testPayload(id: string, type: string, actorId: string, now: Date): string {
  const payload: WebhookPayload = {
    id,
    seq: null,
    type,
    action: null,
    entity: null,
    actor: { id: actorId },
    at: now.toISOString(),
    note: "A test sent from Parley's webhook settings.",
  };
  return JSON.stringify(payload);
}
