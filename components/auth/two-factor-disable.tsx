"use client";

import { useActionState } from "react";
import { disableTwoFactorAction } from "@/app/account/actions";
import type { FormState } from "@/lib/auth/form-state";
import { FormAlert } from "@/components/auth/form-alert";
import { PasswordField } from "@/components/auth/password-field";
import { SubmitButton } from "@/components/auth/submit-button";

export function TwoFactorDisable() {
  const [state, action] = useActionState<FormState, FormData>(disableTwoFactorAction, {});
  return (
    <form action={action} className="grid max-w-md gap-4" noValidate>
      <FormAlert message={state.message} />
      <PasswordField id="password" label="Password" autoComplete="current-password" error={state.fieldErrors?.password?.[0]} />
      <div>
        <SubmitButton variant="destructive" pendingLabel="Turning off…">
          Turn off two-step sign-in
        </SubmitButton>
      </div>
    </form>
  );
}
