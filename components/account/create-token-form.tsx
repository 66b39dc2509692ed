"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { SubmitButton } from "@/components/auth/submit-button";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ActionState } from "@/lib/forms/action-state";
import { failureOf, fieldErrorOf, idleState } from "@/lib/forms/state-view";

type Values = { name: string; scope: string; expiresInDays: string };
type CreatedToken = { id: string; name: string; secret: string; expiresAt: string };
type State = ActionState<Values, unknown, CreatedToken>;

interface Props {
  createApiTokenAction: (previous: State, formData: FormData) => Promise<State>;
  lifetimesInDays: readonly number[];
}

/** Name, scope and lifetime → the token, shown here once (only its hash is kept). */
export function CreateTokenForm({ createApiTokenAction, lifetimesInDays }: Props) {
  const [state, create] = useActionState<State, FormData>(createApiTokenAction, idleState({ name: "", scope: "read", expiresInDays: "30" }));
  const created = state.status === "saved" ? state.result : undefined;
  const nameError = fieldErrorOf(state, "name");
  return (
    <div className="grid gap-4">
      <div role="status" className="empty:hidden">
        {created ? (
          <section aria-labelledby="new-token-heading" className="grid gap-2 rounded-md border border-success/40 px-3 py-3">
            <h3 id="new-token-heading" className="text-sm font-semibold">
              Your new token “{created.name}”
            </h3>
            <p className="text-sm text-muted-foreground">Copy it now and keep it like a password: it is not shown again.</p>
            <code data-testid="new-token-secret" className="rounded-md border bg-muted px-3 py-2 font-mono text-sm break-all select-all">
              {created.secret}
            </code>
          </section>
        ) : null}
      </div>
      <form action={create} className="grid max-w-xl gap-4 sm:grid-cols-3" noValidate>
        <div className="sm:col-span-3">
          <FormAlert message={failureOf(state)} />
        </div>
        <Field id="token-name" label="Name" required error={nameError} hint="The tool that will use it, e.g. “BI dashboard”." className="sm:col-span-3">
          <Input {...fieldControlProps("token-name", { error: nameError, hint: true, required: true })} name="name" defaultValue={state.values.name} maxLength={100} autoComplete="off" />
        </Field>
        <Field id="token-scope" label="Scope" error={fieldErrorOf(state, "scope")}>
          <Select id="token-scope" name="scope" defaultValue={state.values.scope}>
            <option value="read">Read</option>
            <option value="write">Read and write</option>
          </Select>
        </Field>
        <Field id="token-expiry" label="Expires after" error={fieldErrorOf(state, "expiresInDays")}>
          <Select id="token-expiry" name="expiresInDays" defaultValue={state.values.expiresInDays}>
            {lifetimesInDays.map((days) => (
              <option key={days} value={String(days)}>
                {days} days
              </option>
            ))}
          </Select>
        </Field>
        <div className="self-end">
          <SubmitButton pendingLabel="Making…">Make token</SubmitButton>
        </div>
      </form>
    </div>
  );
}
