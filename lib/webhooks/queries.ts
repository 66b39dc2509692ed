import "server-only";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** A webhook as the admin pages show it: never its secret. */
export interface WebhookSummary {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  createdAt: Date;
  pending: number;
  failed: number;
}

export interface WebhookDeliveryRow {
  id: string;
  seq: string | null;
  type: string;
  status: "PENDING" | "DELIVERED" | "FAILED";
  attempts: number;
  responseStatus: number | null;
  nextAttemptAt: Date | null;
  error: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

/** The newest deliveries a webhook's log shows. */
export const DELIVERY_LOG_SIZE = 50;

const SUMMARY_SELECT = { id: true, url: true, events: true, enabled: true, createdAt: true } as const;

async function countsOf(ids: string[]): Promise<Map<string, { pending: number; failed: number }>> {
  const groups = await db.webhookDelivery.groupBy({
    by: ["webhookId", "status"],
    where: { webhookId: { in: ids }, status: { in: ["PENDING", "FAILED"] } },
    _count: { _all: true },
  });
  const counts = new Map(ids.map((id) => [id, { pending: 0, failed: 0 }]));
  for (const group of groups) counts.get(group.webhookId)![group.status === "PENDING" ? "pending" : "failed"] = group._count._all;
  return counts;
}

/** Admins only: every webhook, oldest first, with how many deliveries wait or failed. */
export async function listWebhooks(): Promise<WebhookSummary[]> {
  await requireRole("admin");
  const webhooks = await db.webhook.findMany({ orderBy: { createdAt: "asc" }, select: SUMMARY_SELECT });
  const counts = await countsOf(webhooks.map((webhook) => webhook.id));
  return webhooks.map((webhook) => ({ ...webhook, ...counts.get(webhook.id)! }));
}

/** Admins only: one webhook and its newest deliveries; not_found when it is gone. */
export async function getWebhookWithDeliveries(id: string): Promise<{ webhook: WebhookSummary; deliveries: WebhookDeliveryRow[] }> {
  await requireRole("admin");
  const webhook = await db.webhook.findUnique({ where: { id }, select: SUMMARY_SELECT });
  if (!webhook) throw new AppError("not_found", "This webhook no longer exists.");
  const rows = await db.webhookDelivery.findMany({
    where: { webhookId: id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: DELIVERY_LOG_SIZE,
    select: { id: true, seq: true, type: true, status: true, attempts: true, responseStatus: true, nextAttemptAt: true, error: true, createdAt: true, deliveredAt: true },
  });
  const counts = await countsOf([id]);
  return {
    webhook: { ...webhook, ...counts.get(id)! },
    deliveries: rows.map((row) => ({ ...row, seq: row.seq?.toString() ?? null, nextAttemptAt: row.status === "PENDING" ? row.nextAttemptAt : null })),
  };
}
