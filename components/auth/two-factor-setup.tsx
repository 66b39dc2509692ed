"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { PasswordField } from "@/components/auth/password-field";
import { SubmitButton } from "@/components/auth/submit-button";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ActionState, NoValues } from "@/lib/forms/action-state";
import { failureOf, fieldErrorOf, idleState } from "@/lib/forms/state-view";

type SetupState = ActionState<NoValues, unknown, { secret: string; uri: string; backupCodes: string[] }>;
type ConfirmState = ActionState<NoValues>;

/** Password → key and backup codes → a code from the app to confirm. */
export function TwoFactorSetup({
  startTwoFactorSetupAction,
  confirmTwoFactorSetupAction,
}: {
  startTwoFactorSetupAction: (previous: SetupState, formData: FormData) => Promise<SetupState>;
  confirmTwoFactorSetupAction: (previous: ConfirmState, formData: FormData) => Promise<ConfirmState>;
}) {
  const [started, start] = useActionState<SetupState, FormData>(startTwoFactorSetupAction, idleState({}));
  const [confirmed, confirm] = useActionState<ConfirmState, FormData>(confirmTwoFactorSetupAction, idleState({}));
  // The key stays on screen while codes are tried: a wrong code only answers the confirm form.
  const setup = started.status === "saved" ? started.result : undefined;
  if (!setup) {
    return (
      <form action={start} className="grid max-w-md gap-4" noValidate>
        <FormAlert message={failureOf(started)} />
        <PasswordField id="password" label="Password" autoComplete="current-password" error={fieldErrorOf(started, "password")} />
        <div>
          <SubmitButton pendingLabel="Checking…">Continue</SubmitButton>
        </div>
      </form>
    );
  }
  const codeError = fieldErrorOf(confirmed, "code");
  return (
    <div className="grid max-w-xl gap-6">
      <section aria-labelledby="key-heading" className="grid gap-2">
        <h2 id="key-heading" className="text-sm font-semibold">1. Add Parley to your authenticator app</h2>
        <p className="text-sm text-muted-foreground">Choose “enter a setup key” in the app and type this key (time-based, 6 digits):</p>
        <code className="rounded-md border bg-muted px-3 py-2 font-mono text-sm break-all select-all">{setup.secret}</code>
      </section>
      <section aria-labelledby="codes-heading" className="grid gap-2">
        <h2 id="codes-heading" className="text-sm font-semibold">2. Keep these backup codes somewhere safe</h2>
        <p className="text-sm text-muted-foreground">Each works once if you lose your phone. They are not shown again.</p>
        <ul className="grid grid-cols-2 gap-1 rounded-md border bg-muted px-3 py-2 font-mono text-sm">
          {setup.backupCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
      </section>
      <form action={confirm} className="grid gap-4" noValidate>
        <h2 className="text-sm font-semibold">3. Confirm with a code from the app</h2>
        <FormAlert message={failureOf(confirmed)} />
        <Field id="code" label="Code" error={codeError}>
          <Input {...fieldControlProps("code", { error: codeError })} name="code" inputMode="numeric" autoComplete="one-time-code" pattern="\d{6}" maxLength={6} required className="max-w-40" />
        </Field>
        <div>
          <SubmitButton pendingLabel="Confirming…">Turn on two-step sign-in</SubmitButton>
        </div>
      </form>
    </div>
  );
}
