"use client";

import { useActionState } from "react";
import type { ActionState, NoValues } from "@/lib/forms/action-state";
import { failureOf, fieldErrorOf, idleState } from "@/lib/forms/state-view";
import { FormAlert } from "@/components/auth/form-alert";
import { PasswordField } from "@/components/auth/password-field";
import { SubmitButton } from "@/components/auth/submit-button";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type AccountState = ActionState<NoValues>;
type Action = (previous: AccountState, formData: FormData) => Promise<AccountState>;

export function TwoFactorDisable({ disableTwoFactorAction }: { disableTwoFactorAction: Action }) {
  const [state, action] = useActionState<AccountState, FormData>(disableTwoFactorAction, idleState({}));
  const codeError = fieldErrorOf(state, "code");
  return (
    <form action={action} className="grid max-w-md gap-4" noValidate>
      <FormAlert message={failureOf(state)} />
      <PasswordField id="password" label="Password" autoComplete="current-password" error={fieldErrorOf(state, "password")} />
      {/* A stolen session (or password) alone must not be enough to remove the second step. */}
      <Field id="disable-code" label="Current code" hint="The 6-digit code your authenticator app shows now." error={codeError}>
        <Input {...fieldControlProps("disable-code", { error: codeError, hint: true })} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required />
      </Field>
      <div>
        <SubmitButton variant="destructive" pendingLabel="Turning off…">
          Turn off two-step sign-in
        </SubmitButton>
      </div>
    </form>
  );
}
