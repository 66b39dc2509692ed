"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { SubmitButton } from "@/components/auth/submit-button";
import { WebhookSecret } from "@/components/webhooks/webhook-secret";
import { Field, FieldError, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ActionState } from "@/lib/forms/action-state";
import { failureOf, fieldErrorOf, idleState } from "@/lib/forms/state-view";
import type { WebhookEventOption } from "@/lib/webhooks/events";

type WebhookFormState = ActionState<Record<string, string>, unknown, { webhookId: string; secret: string }>;


interface Props {
  action: (previous: WebhookFormState, formData: FormData) => Promise<WebhookFormState>;
  events: readonly WebhookEventOption[];
  /** Absent: a new webhook. */
  webhook?: { id: string; url: string; events: string[] };
}

/** Adds a webhook, or edits one: its address, a secret (made by Parley when left empty), and the events it receives. */
export function WebhookForm({ action, events, webhook }: Props) {
  const initial = { url: webhook?.url ?? "", events: (webhook?.events ?? ["meeting.created", "meeting.updated", "meeting.deleted"]).join(",") };
  const [state, formAction] = useActionState<WebhookFormState, FormData>(action, idleState(initial));
  const error = (field: string) => fieldErrorOf(state, field);
  const created = state.status === "saved" && !webhook ? state.result : undefined;
  // A fresh, empty form after a webhook is added; what was typed survives a failure.
  const typed = created ? initial : state.values;
  const chosen = new Set(typed.events ? typed.events.split(",") : []);
  const groups = [...new Set(events.map((event) => event.group))];
  const prefix = webhook ? `webhook-${webhook.id}` : "new-webhook";
  return (
    <div className="grid gap-4">
      {created ? <WebhookSecret secret={created.secret} /> : null}
      {state.status === "saved" && webhook ? (
        <p role="status" className="text-sm">
          {state.message}
        </p>
      ) : null}
      <form key={created?.webhookId ?? "form"} action={formAction} className="grid gap-4" noValidate>
        <FormAlert message={failureOf(state)} />
        {webhook ? <input type="hidden" name="webhookId" value={webhook.id} /> : null}
        <Field id={`${prefix}-url`} label="Receiver's address" required error={error("url")} hint="https:// or http://. Link-local and cloud metadata addresses are refused.">
          <Input {...fieldControlProps(`${prefix}-url`, { error: error("url"), hint: true, required: true })} name="url" type="url" autoComplete="off" defaultValue={typed.url} />
        </Field>
        <Field
          id={`${prefix}-secret`}
          label={webhook ? "New secret" : "Secret"}
          error={error("secret")}
          hint={webhook ? "Leave empty to keep the current secret." : "Leave empty and Parley makes one, shown once. Or enter one of at least 24 characters."}
        >
          <Input {...fieldControlProps(`${prefix}-secret`, { error: error("secret"), hint: true })} name="secret" type="password" autoComplete="new-password" />
        </Field>
        <fieldset className="grid gap-3" aria-describedby={error("events") ? `${prefix}-events-error` : undefined}>
          <legend className="mb-1 text-sm font-medium">Events</legend>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {groups.map((group) => (
              <div key={group} className="grid content-start gap-1.5">
                <p className="text-sm text-muted-foreground">{group}</p>
                {events
                  .filter((event) => event.group === group)
                  .map((event) => (
                    <label key={event.type} className="flex items-center gap-2 text-sm">
                      <input type="checkbox" name="events" value={event.type} defaultChecked={chosen.has(event.type)} className="size-4 accent-primary" />
                      {event.label}
                    </label>
                  ))}
              </div>
            ))}
          </div>
          <FieldError id={`${prefix}-events-error`} message={error("events")} />
        </fieldset>
        <div>
          <SubmitButton pendingLabel="Saving…">{webhook ? "Save webhook" : "Add webhook"}</SubmitButton>
        </div>
      </form>
    </div>
  );
}
