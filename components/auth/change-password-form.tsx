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

export function ChangePasswordForm({ email, askForCode, changePasswordAction }: { email: string; askForCode: boolean; changePasswordAction: Action }) {
  const [state, action] = useActionState<AccountState, FormData>(changePasswordAction, idleState({}));
  const error = (field: string) => fieldErrorOf(state, field);
  return (
    <form action={action} className="grid max-w-md gap-4" noValidate>
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormAlert message={failureOf(state)} />
      <PasswordField id="currentPassword" label="Current password" autoComplete="current-password" error={error("currentPassword")} />
      <PasswordField
        id="newPassword"
        label="New password"
        autoComplete="new-password"
        hint="At least 12 characters. A few unrelated words make a strong one."
        error={error("newPassword")}
      />
      <PasswordField id="confirmPassword" label="Repeat new password" autoComplete="new-password" error={error("confirmPassword")} />
      {askForCode ? (
        // Two-step sign-in is on: a stolen session plus a known password must not be enough.
        <Field id="code" label="Current code" hint="The 6-digit code your authenticator app shows now, or a backup code." error={error("code")}>
          <Input {...fieldControlProps("code", { error: error("code"), hint: true })} name="code" autoComplete="one-time-code" spellCheck={false} autoCapitalize="none" required />
        </Field>
      ) : null}
      <div>
        <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
      </div>
    </form>
  );
}
