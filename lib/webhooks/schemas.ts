import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { urlProblem } from "@/lib/webhooks/url-safety";

export const webhookIdSchema = z.uuid("Unknown webhook.");

const urlSchema = z
  .string()
  .trim()
  .min(1, "Enter the receiver's address.")
  .max(2000, "Use at most 2,000 characters.")
  .superRefine((url, context) => {
    const problem = urlProblem(url);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

/** Empty: Parley makes one. Entered: long enough that guessing it is hopeless. */
const secretSchema = z
  .string()
  .trim()
  .max(200, "Use at most 200 characters.")
  .refine((secret) => secret === "" || secret.length >= 24, "Use at least 24 characters, or leave it empty for Parley to make one.")
  .refine((secret) => !/[\s\u0000-\u001f]/u.test(secret), "Leave spaces and control characters out of the secret.");

const eventsSchema = z
  .array(z.enum(WEBHOOK_EVENT_TYPES as [string, ...string[]], "Choose events from the list."))
  .min(1, "Choose at least one event.")
  .transform((events) => [...new Set(events)].sort());

export const createWebhookSchema = z.object({ url: urlSchema, secret: secretSchema, events: eventsSchema });
export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;

/** An edit keeps the secret unless a new one is entered. */
export const updateWebhookSchema = z.object({ webhookId: webhookIdSchema, url: urlSchema, secret: secretSchema, events: eventsSchema });
export type UpdateWebhookInput = z.infer<typeof updateWebhookSchema>;

export const setWebhookEnabledSchema = z.object({ webhookId: webhookIdSchema, enabled: z.enum(["on", "off"]).transform((value) => value === "on") });
export type SetWebhookEnabledInput = z.infer<typeof setWebhookEnabledSchema>;

export const webhookActionSchema = z.object({ webhookId: webhookIdSchema });
export type WebhookActionInput = z.infer<typeof webhookActionSchema>;
