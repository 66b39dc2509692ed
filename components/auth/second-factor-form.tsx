"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { Button } from "@/components/ui/button";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ActionState, NoValues } from "@/lib/forms/action-state";
import { failureOf, fieldErrorOf, idleState } from "@/lib/forms/state-view";

type SecondFactorState = ActionState<NoValues>;
type Action = (previous: SecondFactorState, formData: FormData) => Promise<SecondFactorState>;

export function SecondFactorForm({ next, verifySignInCodeAction }: { next: string; verifySignInCodeAction: Action }) {
  const [state, action, pending] = useActionState<SecondFactorState, FormData>(verifySignInCodeAction, idleState({}));
  const codeError = fieldErrorOf(state, "code");
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <FormAlert message={failureOf(state)} />
      {/* Room for a backup code ("xxxxx-xxxxx"), so no numeric keypad or 6-character cap. */}
      <Field id="code" label="Code" hint="Lost your phone? Enter one of your backup codes instead." error={codeError}>
        <Input {...fieldControlProps("code", { error: codeError, hint: true })} name="code" autoComplete="one-time-code" autoCapitalize="off" spellCheck={false} maxLength={11} required autoFocus />
      </Field>
      <Button type="submit" size="lg" disabled={pending} aria-disabled={pending}>
        {pending ? "Checking…" : "Verify"}
      </Button>
    </form>
  );
}
