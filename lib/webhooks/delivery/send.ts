import "server-only";
import type { Database } from "@/lib/database/client";
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from "@/lib/webhooks/backoff";
import { SIGNATURE_HEADER, signatureHeader } from "@/lib/webhooks/signature";
import { resolvedUrlProblem } from "@/lib/webhooks/url-safety";

/** Longest Parley waits for a receiver's answer before counting the attempt as failed. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/**
 * How long a claimed delivery is held by the instance sending it: well past the request's timeout,
 * so it never lapses while the request is under way; a crashed instance's claims come free after it.
 */
export const DELIVERY_LEASE_MS = 60_000;
/** Deliveries claimed and sent at once by one instance. */
export const SEND_BATCH = 10;
/** The part of a receiver's error answer kept in the log: enough to see what it said. */
const ERROR_TEXT_MAX = 300;

export interface SendOptions {
  now: Date;
  webhookIds?: readonly string[];
  deliveryIds?: readonly string[];
  batch?: number;
  random?: () => number;
  /** Tests swap in a resolver; the default asks the system's resolver. */
  resolve?: (host: string) => Promise<string[]>;
}

interface Claimed {
  id: string;
  seq: bigint | null;
  type: string;
  body: string;
  attempts: number;
  url: string;
  secret: string;
}

export type AttemptOutcome = "delivered" | "retrying" | "failed";

/**
 * Claims up to a batch of due deliveries of enabled webhooks with a lease, in one statement: the
 * rows are picked FOR UPDATE SKIP LOCKED and leased before the statement commits, so two instances
 * never claim the same delivery while its lease runs (and a lease outlives any request).
 */
async function claimDue(db: Database, options: SendOptions): Promise<{ claimed: Claimed[]; leaseUntil: Date }> {
  const leaseUntil = new Date(options.now.getTime() + DELIVERY_LEASE_MS);
  const webhooks = options.webhookIds ? [...options.webhookIds] : null;
  const deliveries = options.deliveryIds ? [...options.deliveryIds] : null;
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "WebhookDelivery" d SET "leaseUntil" = ${leaseUntil}, "attempts" = d."attempts" + 1
    FROM "Webhook" w
    WHERE w."id" = d."webhookId" AND d."id" IN (
      SELECT due."id" FROM "WebhookDelivery" due JOIN "Webhook" hook ON hook."id" = due."webhookId"
      WHERE due."status" = 'PENDING' AND due."nextAttemptAt" <= ${options.now}
        AND (due."leaseUntil" IS NULL OR due."leaseUntil" <= ${options.now})
        AND (hook."enabled" OR due."seq" IS NULL)
        AND (${webhooks}::uuid[] IS NULL OR due."webhookId" = ANY(${webhooks}::uuid[]))
        AND (${deliveries}::uuid[] IS NULL OR due."id" = ANY(${deliveries}::uuid[]))
      ORDER BY due."nextAttemptAt", due."seq"
      LIMIT ${options.batch ?? SEND_BATCH}
      FOR UPDATE OF due SKIP LOCKED)
    RETURNING d."id"::text AS "id", d."seq", d."type", d."body", d."attempts", w."url", w."secret"`;
  return { claimed, leaseUntil };
}

type Attempt = { ok: true; status: number } | { ok: false; status: number | null; error: string };

/** One POST: signed, no redirects followed (a redirect could lead anywhere), bounded in time. */
async function post(delivery: Claimed, options: SendOptions): Promise<Attempt> {
  const problem = await resolvedUrlProblem(delivery.url, options.resolve);
  if (problem) return { ok: false, status: null, error: problem };
  try {
    const response = await fetch(delivery.url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Parley-Webhooks/1",
        "Parley-Delivery": delivery.id,
        "Parley-Event": delivery.type,
        [SIGNATURE_HEADER]: signatureHeader(delivery.secret, delivery.body, options.now),
      },
      body: delivery.body,
    });
    if (response.status >= 200 && response.status < 300) {
      await response.body?.cancel();
      return { ok: true, status: response.status };
    }
    const text = (await response.text().catch(() => "")).slice(0, ERROR_TEXT_MAX);
    return { ok: false, status: response.status, error: `The receiver answered ${response.status}${text ? `: ${text}` : "."}` };
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === "TimeoutError" || name === "AbortError") return { ok: false, status: null, error: `No answer within ${DELIVERY_TIMEOUT_MS / 1000} s.` };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { ok: false, status: null, error: `Could not connect: ${cause?.code ?? cause?.message ?? (error as Error).message}.` };
  }
}

/**
 * Records an attempt, only while this instance still holds the lease it claimed with. A failed
 * change is retried with backoff until MAX_DELIVERY_ATTEMPTS; a test is tried once.
 */
async function record(db: Database, delivery: Claimed, attempt: Attempt, leaseUntil: Date, options: SendOptions): Promise<AttemptOutcome> {
  const lastTry = delivery.seq === null || delivery.attempts >= MAX_DELIVERY_ATTEMPTS;
  const outcome: AttemptOutcome = attempt.ok ? "delivered" : lastTry ? "failed" : "retrying";
  await db.webhookDelivery.updateMany({
    where: { id: delivery.id, leaseUntil },
    data: {
      status: outcome === "delivered" ? "DELIVERED" : outcome === "failed" ? "FAILED" : "PENDING",
      leaseUntil: null,
      responseStatus: attempt.status,
      error: attempt.ok ? null : attempt.error,
      deliveredAt: attempt.ok ? options.now : null,
      ...(outcome === "retrying" ? { nextAttemptAt: new Date(options.now.getTime() + retryDelayMs(delivery.attempts, options.random)) } : {}),
    },
  });
  return outcome;
}

/** Sends one batch of due deliveries; returns what became of each (empty when nothing was due). */
export async function sendDueDeliveries(db: Database, options: SendOptions): Promise<{ id: string; outcome: AttemptOutcome }[]> {
  const { claimed, leaseUntil } = await claimDue(db, options);
  return Promise.all(
    claimed.map(async (delivery) => ({ id: delivery.id, outcome: await record(db, delivery, await post(delivery, options), leaseUntil, options) })),
  );
}
