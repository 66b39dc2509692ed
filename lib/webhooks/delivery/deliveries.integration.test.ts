import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Received } from "@/lib/webhooks/testing/receiver";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { db } = await import("@/lib/db");
const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { createTestMeeting } = await import("@/lib/testing/factories");
const { deleteMeeting } = await import("@/lib/meetings/mutations");
const { startReceiver } = await import("@/lib/webhooks/testing/receiver");
const { createWebhook, sendTestDelivery } = await import("@/lib/webhooks/mutations");
const { runWebhookDeliveries } = await import("@/lib/webhooks/delivery/runner");
const { verifySignature } = await import("@/lib/webhooks/signature");
const { MAX_DELIVERY_ATTEMPTS } = await import("@/lib/webhooks/backoff");
const { URL_REFUSALS } = await import("@/lib/webhooks/url-safety");

type Receiver = Awaited<ReturnType<typeof startReceiver>>;
let receiver: Receiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

let admin: Awaited<ReturnType<typeof createTestAccount>>;
let analyst: Awaited<ReturnType<typeof createTestAccount>>;
beforeEach(async () => {
  admin = await createTestAccount(db, "admin");
  analyst = await createTestAccount(db, "analyst");
});

async function webhookFor(url: string, events = ["meeting.created", "meeting.deleted"]) {
  setRequest({ cookies: admin.cookies });
  return createWebhook({ url, secret: "", events });
}

const asAnalyst = () => setRequest({ cookies: analyst.cookies });
const bodyOf = (request: Received) => JSON.parse(request.body) as { id: string; seq: string | null; type: string; action: string; entity: { type: string; id: string; version: number } | null; actor: { id: string } | null };
const signatureOf = (request: Received) => request.headers["parley-signature"] as string;
const deliveriesOf = (webhookId: string) => db.webhookDelivery.findMany({ where: { webhookId }, orderBy: { seq: "asc" } });

describe("webhook deliveries", () => {
  it("sends a change made through the write path to the receiver, signed with the webhook's secret", async () => {
    receiver = await startReceiver();
    const { id, secret } = await webhookFor(receiver.url);
    asAnalyst();
    const meeting = await createTestMeeting(db, { title: "Webhook create", createdById: analyst.id });
    await deleteMeeting(meeting.id, meeting.version);

    const now = new Date();
    const summary = await runWebhookDeliveries(db, { now, webhookIds: [id] });

    expect(summary).toMatchObject({ queued: 2, delivered: 2, failed: 0, retrying: 0 });
    const bodies = receiver.received.map(bodyOf);
    expect(bodies.map((body) => [body.type, body.action, body.entity?.id, body.entity?.version])).toEqual([
      ["meeting.created", "CREATE", meeting.id, 1],
      ["meeting.deleted", "DELETE", meeting.id, 2],
    ]);
    expect(bodies[1]!.actor).toEqual({ id: analyst.id });
    for (const request of receiver.received) {
      expect(verifySignature(secret, request.body, signatureOf(request), now)).toBe(true);
      expect(verifySignature("someone else's secret", request.body, signatureOf(request), now)).toBe(false);
      expect(verifySignature(secret, request.body.replace("meeting", "person"), signatureOf(request), now)).toBe(false);
    }
    expect((await deliveriesOf(id)).map((row) => [row.status, row.attempts, row.responseStatus])).toEqual([
      ["DELIVERED", 1, 200],
      ["DELIVERED", 1, 200],
    ]);
    // The next run finds nothing new: each change is sent once.
    expect(await runWebhookDeliveries(db, { now, webhookIds: [id] })).toMatchObject({ queued: 0, delivered: 0 });
    expect(receiver.received).toHaveLength(2);
  });

  it("retries a receiver that fails twice with growing waits, and delivers on the third try", async () => {
    receiver = await startReceiver((_request, index) => (index < 2 ? 503 : 204));
    const { id, secret } = await webhookFor(receiver.url, ["meeting.created"]);
    asAnalyst();
    await createTestMeeting(db, { title: "Webhook retry", createdById: analyst.id });
    const latest = () => db.webhookDelivery.findFirstOrThrow({ where: { webhookId: id } });
    // The random half of each wait at its longest: the waits are then exactly 30 s and 60 s.
    const options = { webhookIds: [id], random: () => 1 };

    const first = new Date("2030-01-01T00:00:00Z");
    expect(await runWebhookDeliveries(db, { ...options, now: first })).toMatchObject({ queued: 1, retrying: 1 });
    const afterFirst = await latest();
    expect(afterFirst).toMatchObject({ status: "PENDING", attempts: 1, responseStatus: 503 });
    expect(afterFirst.error).toContain("503");
    expect(afterFirst.nextAttemptAt.getTime() - first.getTime()).toBe(30_000);

    // Not due yet: nothing is sent.
    expect(await runWebhookDeliveries(db, { ...options, now: new Date(first.getTime() + 29_000) })).toMatchObject({ delivered: 0, retrying: 0 });
    expect(receiver.received).toHaveLength(1);

    const second = afterFirst.nextAttemptAt;
    expect(await runWebhookDeliveries(db, { ...options, now: second })).toMatchObject({ retrying: 1 });
    const afterSecond = await latest();
    expect(afterSecond.attempts).toBe(2);
    expect(afterSecond.nextAttemptAt.getTime() - second.getTime()).toBe(60_000);

    const third = afterSecond.nextAttemptAt;
    expect(await runWebhookDeliveries(db, { ...options, now: third })).toMatchObject({ delivered: 1 });
    expect(await latest()).toMatchObject({ status: "DELIVERED", attempts: 3, responseStatus: 204, error: null, deliveredAt: third });

    // Every attempt carried the same delivery and body, each signed when it was sent.
    expect(new Set(receiver.received.map((request) => request.body)).size).toBe(1);
    expect(new Set(receiver.received.map((request) => request.headers["parley-delivery"])).size).toBe(1);
    expect(verifySignature(secret, receiver.received[2]!.body, signatureOf(receiver.received[2]!), third)).toBe(true);
  });

  it("marks a delivery failed after the last attempt, and later changes still flow", async () => {
    let failing = true;
    receiver = await startReceiver(() => (failing ? 500 : 200));
    const { id } = await webhookFor(receiver.url, ["meeting.created"]);
    asAnalyst();
    const lost = await createTestMeeting(db, { title: "Webhook lost", createdById: analyst.id });
    let now = new Date("2030-02-01T00:00:00Z");
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      await runWebhookDeliveries(db, { now, webhookIds: [id] });
      now = new Date(now.getTime() + 2 * 60 * 60_000); // past the longest wait
    }
    const [gaveUp] = await deliveriesOf(id);
    expect(gaveUp).toMatchObject({ status: "FAILED", attempts: MAX_DELIVERY_ATTEMPTS, responseStatus: 500 });
    expect(receiver.received).toHaveLength(MAX_DELIVERY_ATTEMPTS);
    expect(bodyOf(receiver.received[0]!).entity?.id).toBe(lost.id);

    failing = false;
    const next = await createTestMeeting(db, { title: "Webhook after", createdById: analyst.id });
    await runWebhookDeliveries(db, { now, webhookIds: [id] });
    expect(bodyOf(receiver.received.at(-1)!).entity?.id).toBe(next.id);
    expect((await deliveriesOf(id)).map((row) => row.status)).toEqual(["FAILED", "DELIVERED"]);
  });

  it("never delivers one change twice when two runners run at once", async () => {
    receiver = await startReceiver();
    const { id } = await webhookFor(receiver.url, ["meeting.created"]);
    asAnalyst();
    const meetings = [];
    for (let index = 0; index < 12; index++) meetings.push(await createTestMeeting(db, { title: `Webhook race ${index}`, createdById: analyst.id }));

    const now = new Date();
    const [one, two] = await Promise.all([
      runWebhookDeliveries(db, { now, webhookIds: [id], batch: 3 }),
      runWebhookDeliveries(db, { now, webhookIds: [id], batch: 3 }),
    ]);

    expect(one.queued + two.queued).toBe(12);
    expect(one.delivered + two.delivered).toBe(12);
    const sent = receiver.received.map((request) => bodyOf(request).entity!.id).sort();
    expect(sent).toEqual(meetings.map((meeting) => meeting.id).sort());
  });

  it("sends a signed test from the button, even while the webhook is off, tried once", async () => {
    receiver = await startReceiver((_request, index) => (index === 0 ? 200 : 500));
    const { id, secret } = await webhookFor(receiver.url);
    await db.webhook.update({ where: { id }, data: { enabled: false } });
    setRequest({ cookies: admin.cookies });
    const now = new Date();

    expect(await sendTestDelivery({ webhookId: id }, now)).toEqual({ outcome: "delivered", responseStatus: 200, error: null });
    const [request] = receiver.received;
    expect(bodyOf(request!)).toMatchObject({ type: "webhook.test", seq: null, entity: null, actor: { id: admin.id } });
    expect(verifySignature(secret, request!.body, signatureOf(request!), now)).toBe(true);

    const failed = await sendTestDelivery({ webhookId: id }, now);
    expect(failed).toMatchObject({ outcome: "failed", responseStatus: 500 });
    // A failed test is not retried by the loop.
    await runWebhookDeliveries(db, { now: new Date(now.getTime() + 60 * 60_000), webhookIds: [id] });
    expect(receiver.received).toHaveLength(2);
  });

  it("refuses to send to a name that now resolves to a link-local (metadata) address, without connecting", async () => {
    receiver = await startReceiver();
    const { id } = await webhookFor(receiver.url.replace("127.0.0.1", "receiver.test"));
    // A resolver that answers the metadata address (no lookup leaves the machine).
    const resolve = async () => ["169.254.169.254"];
    asAnalyst();
    await createTestMeeting(db, { title: "Webhook metadata", createdById: analyst.id });
    await runWebhookDeliveries(db, { now: new Date(), webhookIds: [id], resolve });
    expect((await deliveriesOf(id)).find((row) => row.seq !== null)).toMatchObject({ status: "PENDING", error: URL_REFUSALS.address });
    expect(receiver.received).toHaveLength(0);
  });
});
