"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/auth/form-state";
import { FormAlert } from "@/components/auth/form-alert";
import { PasswordField } from "@/components/auth/password-field";
import { SubmitButton } from "@/components/auth/submit-button";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export function TwoFactorDisable({ disableTwoFactorAction }: { disableTwoFactorAction: Action }) {
  const [state, action] = useActionState<FormState, FormData>(disableTwoFactorAction, {});
  const codeError = state.fieldErrors?.code?.[0];
  return (
    <form action={action} className="grid max-w-md gap-4" noValidate>
      <FormAlert message={state.message} />
      <PasswordField id="password" label="Password" autoComplete="current-password" error={state.fieldErrors?.password?.[0]} />
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
