import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { requireRole } from "@/lib/auth/current-user";
import { latestChangeSeq } from "@/lib/changes/feed";
import { db } from "@/lib/db";
import { AppError, fromPrismaError } from "@/lib/errors";
import { TEST_EVENT_TYPE } from "@/lib/webhooks/events";
import { testPayload } from "@/lib/webhooks/delivery/payload";
import { sendDueDeliveries, type AttemptOutcome } from "@/lib/webhooks/delivery/send";
import type { CreateWebhookInput, SetWebhookEnabledInput, UpdateWebhookInput, WebhookActionInput } from "@/lib/webhooks/schemas";

/** A secret Parley makes: 32 random bytes, prefixed so it is recognisable in a config file. */
function newSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

/**
 * Admins only: a webhook that hears of changes from now on (not of the past). Returns the secret,
 * which the admin sees this once.
 */
export async function createWebhook(input: CreateWebhookInput): Promise<{ id: string; secret: string }> {
  const admin = await requireRole("admin");
  const secret = input.secret || newSecret();
  const webhook = await db.webhook.create({
    data: { url: input.url, secret, events: input.events, cursor: await latestChangeSeq(db), createdById: admin.id },
    select: { id: true },
  });
  return { id: webhook.id, secret };
}

/** Admins only: a new address or events (from the next change on); a new secret when one is entered. */
export async function updateWebhook(input: UpdateWebhookInput): Promise<void> {
  await requireRole("admin");
  try {
    await db.webhook.update({
      where: { id: input.webhookId },
      data: { url: input.url, events: input.events, ...(input.secret ? { secret: input.secret } : {}) },
    });
  } catch (error) {
    fromPrismaError(error, "webhook");
  }
}

/**
 * Admins only. Disabling holds its waiting deliveries; enabling sends them and carries on from the
 * newest change: changes made while it was off are not sent (a receiver that was off for a week
 * catches up from the changes feed instead of a flood of deliveries).
 */
export async function setWebhookEnabled(input: SetWebhookEnabledInput): Promise<void> {
  await requireRole("admin");
  try {
    await db.$transaction(async (tx) => {
      // Locked: a delivery run reading this webhook's changes finishes before the cursor moves.
      const rows = await tx.$queryRaw<{ enabled: boolean }[]>`SELECT "enabled" FROM "Webhook" WHERE "id" = ${input.webhookId}::uuid FOR UPDATE`;
      if (rows.length === 0) throw new AppError("not_found", "This webhook no longer exists.");
      if (rows[0]!.enabled === input.enabled) return;
      await tx.webhook.update({
        where: { id: input.webhookId },
        data: { enabled: input.enabled, ...(input.enabled ? { cursor: await latestChangeSeq(tx) } : {}) },
      });
    });
  } catch (error) {
    fromPrismaError(error, "webhook");
  }
}

/** Admins only: the webhook and its delivery log go; nothing more is sent to it. */
export async function deleteWebhook(input: WebhookActionInput): Promise<void> {
  await requireRole("admin");
  try {
    await db.webhook.delete({ where: { id: input.webhookId } });
  } catch (error) {
    fromPrismaError(error, "webhook");
  }
}

/**
 * Admins only: sends a signed test delivery now, once, and says how it went (it is in the log too).
 * Works on a disabled webhook: checking a receiver before turning it on is the point.
 */
export async function sendTestDelivery(input: WebhookActionInput, now = new Date()): Promise<{ outcome: AttemptOutcome; responseStatus: number | null; error: string | null }> {
  const admin = await requireRole("admin");
  const webhook = await db.webhook.findUnique({ where: { id: input.webhookId }, select: { id: true } });
  if (!webhook) throw new AppError("not_found", "This webhook no longer exists.");
  const id = randomUUID();
  await db.webhookDelivery.create({
    data: { id, webhookId: webhook.id, seq: null, type: TEST_EVENT_TYPE, body: testPayload(id, TEST_EVENT_TYPE, admin.id, now), nextAttemptAt: now },
  });
  const [sent] = await sendDueDeliveries(db, { now, deliveryIds: [id] });
  const row = await db.webhookDelivery.findUniqueOrThrow({ where: { id }, select: { responseStatus: true, error: true } });
  return { outcome: sent?.outcome ?? "retrying", ...row };
}
