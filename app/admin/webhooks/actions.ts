"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { formDataOf } from "@/lib/forms/form-input";
import { invalidInput, toActionState, type ActionState } from "@/lib/forms/action-state";
import { createWebhook, deleteWebhook, sendTestDelivery, setWebhookEnabled, updateWebhook } from "@/lib/webhooks/mutations";
import { createWebhookSchema, setWebhookEnabledSchema, updateWebhookSchema, webhookActionSchema } from "@/lib/webhooks/schemas";

type Fields = Record<string, string>;
/** A new webhook's secret, shown once. */
export type WebhookSecretResult = { webhookId: string; secret: string };
export type WebhookFormState = ActionState<Fields, unknown, WebhookSecretResult>;
export type WebhookState = ActionState<Fields>;

/** The form's fields as typed; the secret is never sent back (ActionState's rule for secrets). */
function read(input: FormData, names: string[]): { values: Fields; events: string[]; secret: string } {
  const formData = formDataOf(input);
  const values = Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")]));
  const events = formData.getAll("events").map(String);
  return { values: { ...values, events: events.join(",") }, events, secret: String(formData.get("secret") ?? "") };
}

function refresh(webhookId?: string) {
  revalidatePath("/admin/webhooks");
  if (webhookId) revalidatePath(`/admin/webhooks/${webhookId}`);
}

/** Admins only: a webhook for `url` and `events`; its secret (entered or made) is shown once. */
export async function createWebhookAction(_previous: WebhookFormState, input: FormData): Promise<WebhookFormState> {
  const { values, events, secret } = read(input, ["url"]);
  const parsed = createWebhookSchema.safeParse({ url: values.url, secret, events });
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    const created = await createWebhook(parsed.data);
    refresh();
    return { status: "saved", values, message: "Webhook added. It receives changes from now on.", result: { webhookId: created.id, secret: created.secret } };
  } catch (error) {
    return toActionState(error, values);
  }
}

/** Admins only: a new address, events, or (when entered) secret. */
export async function updateWebhookAction(_previous: WebhookFormState, input: FormData): Promise<WebhookFormState> {
  const { values, events, secret } = read(input, ["webhookId", "url"]);
  const parsed = updateWebhookSchema.safeParse({ webhookId: values.webhookId, url: values.url, secret, events });
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    await updateWebhook(parsed.data);
    refresh(parsed.data.webhookId);
    return { status: "saved", values, message: parsed.data.secret ? "Webhook saved with its new secret." : "Webhook saved." };
  } catch (error) {
    return toActionState(error, values);
  }
}

/** Parses a form that names one webhook, runs `run` on it, and answers with its state or the error's. */
async function onWebhook<Input extends { webhookId: string }>(
  input: FormData,
  names: string[],
  schema: z.ZodType<Input, Fields>,
  run: (data: Input, values: Fields) => Promise<WebhookState>,
): Promise<WebhookState> {
  const { values } = read(input, names);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values, "Unknown webhook.");
  try {
    const state = await run(parsed.data, values);
    refresh(parsed.data.webhookId);
    return state;
  } catch (error) {
    return toActionState(error, values);
  }
}

/** Admins only: turns a webhook on (`enabled` = "on") or off ("off"). */
export async function setWebhookEnabledAction(_previous: WebhookState, input: FormData): Promise<WebhookState> {
  return onWebhook(input, ["webhookId", "enabled"], setWebhookEnabledSchema, async (data, values) => {
    await setWebhookEnabled(data);
    return { status: "saved", values, message: data.enabled ? "Webhook on: it receives changes from now on." : "Webhook off: nothing is sent until it is on again." };
  });
}

/** Admins only: removes a webhook and its delivery log. */
export async function deleteWebhookAction(_previous: WebhookState, input: FormData): Promise<WebhookState> {
  return onWebhook(input, ["webhookId"], webhookActionSchema, async (data, values) => {
    await deleteWebhook(data);
    return { status: "saved", values, message: "Webhook deleted." };
  });
}

/** Admins only: sends a signed test now and says what the receiver answered. */
export async function sendTestWebhookAction(_previous: WebhookState, input: FormData): Promise<WebhookState> {
  return onWebhook(input, ["webhookId"], webhookActionSchema, async (data, values) => {
    const sent = await sendTestDelivery(data);
    if (sent.outcome === "delivered") return { status: "saved", values, message: `Test delivered: the receiver answered ${sent.responseStatus}.` };
    return { status: "error", values, message: `Test not delivered. ${sent.error ?? ""}`.trim() };
  });
}
