import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { db } = await import("@/lib/db");
const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { createTestMeeting } = await import("@/lib/testing/factories");
const { latestChangeSeq } = await import("@/lib/changes/feed");
const { createWebhook, deleteWebhook, setWebhookEnabled, updateWebhook } = await import("@/lib/webhooks/mutations");
const { getWebhookWithDeliveries, listWebhooks } = await import("@/lib/webhooks/queries");
const { createWebhookSchema } = await import("@/lib/webhooks/schemas");
const { runWebhookDeliveries } = await import("@/lib/webhooks/delivery/runner");
const { URL_REFUSALS } = await import("@/lib/webhooks/url-safety");

const URL = "http://127.0.0.1:9/parley";

async function asAdmin() {
  const admin = await createTestAccount(db, "admin");
  setRequest({ cookies: admin.cookies });
  return admin;
}

describe("webhook settings", () => {
  it("makes a secret when none is entered, returns it once, and never lists it", async () => {
    await asAdmin();
    const made = await createWebhook(createWebhookSchema.parse({ url: URL, secret: "", events: ["meeting.created"] }));
    expect(made.secret).toMatch(/^whsec_[\w-]{43}$/u);
    const entered = await createWebhook(createWebhookSchema.parse({ url: URL, secret: "an-entered-secret-long-enough", events: ["meeting.created"] }));
    expect(entered.secret).toBe("an-entered-secret-long-enough");
    const listed = await listWebhooks();
    expect(JSON.stringify(listed)).not.toContain(made.secret);
    expect(JSON.stringify(await getWebhookWithDeliveries(made.id))).not.toContain(made.secret);
  });

  it("refuses link-local addresses, other schemes, short secrets and unknown events", () => {
    const refusal = (input: Record<string, unknown>) => createWebhookSchema.safeParse({ url: URL, secret: "", events: ["meeting.created"], ...input }).error?.issues[0]?.message;
    expect(refusal({ url: "http://169.254.169.254/latest" })).toBe(URL_REFUSALS.address);
    expect(refusal({ url: "gopher://example.org" })).toBe(URL_REFUSALS.scheme);
    expect(refusal({ secret: "short" })).toMatch(/24 characters/);
    expect(refusal({ events: ["meeting.exploded"] })).toBeDefined();
    expect(refusal({ events: [] })).toBe("Choose at least one event.");
  });

  it("keeps the secret when an edit leaves it empty, and replaces it when one is entered", async () => {
    await asAdmin();
    const { id, secret } = await createWebhook(createWebhookSchema.parse({ url: URL, secret: "", events: ["meeting.created"] }));
    await updateWebhook({ webhookId: id, url: `${URL}/v2`, secret: "", events: ["meeting.deleted"] });
    expect(await db.webhook.findUniqueOrThrow({ where: { id } })).toMatchObject({ url: `${URL}/v2`, secret, events: ["meeting.deleted"] });
    await updateWebhook({ webhookId: id, url: URL, secret: "a-brand-new-secret-of-some-length", events: ["meeting.deleted"] });
    expect((await db.webhook.findUniqueOrThrow({ where: { id } })).secret).toBe("a-brand-new-secret-of-some-length");
  });

  it("sends nothing while off, and carries on from the newest change when turned on again", async () => {
    const admin = await asAdmin();
    const { id } = await createWebhook(createWebhookSchema.parse({ url: URL, secret: "", events: ["meeting.created"] }));
    await setWebhookEnabled({ webhookId: id, enabled: false });
    await createTestMeeting(db, { title: "Made while the webhook was off", createdById: admin.id });
    await runWebhookDeliveries(db, { now: new Date(), webhookIds: [id] });
    expect(await db.webhookDelivery.count({ where: { webhookId: id } })).toBe(0);

    await setWebhookEnabled({ webhookId: id, enabled: true });
    expect((await db.webhook.findUniqueOrThrow({ where: { id } })).cursor).toBe(await latestChangeSeq(db));
    await runWebhookDeliveries(db, { now: new Date(), webhookIds: [id] });
    expect(await db.webhookDelivery.count({ where: { webhookId: id } })).toBe(0);

    await deleteWebhook({ webhookId: id });
    await expect(getWebhookWithDeliveries(id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("is for admins only", async () => {
    const analyst = await createTestAccount(db, "analyst");
    setRequest({ cookies: analyst.cookies });
    await expect(listWebhooks()).rejects.toMatchObject({ code: "forbidden" });
    await expect(createWebhook(createWebhookSchema.parse({ url: URL, secret: "", events: ["meeting.created"] }))).rejects.toMatchObject({ code: "forbidden" });
  });
});
