"use client";

import { useActionState } from "react";
import { verifySignInCodeAction, type SecondFactorFormState } from "@/app/sign-in/actions";
import { FormAlert } from "@/components/auth/form-alert";
import { Button } from "@/components/ui/button";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

export function SecondFactorForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<SecondFactorFormState, FormData>(verifySignInCodeAction, {});
  const codeError = state.fieldErrors?.code?.[0];
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <FormAlert message={state.message} />
      <Field id="code" label="Code" error={codeError}>
        <Input {...fieldControlProps("code", { error: codeError })} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required autoFocus />
      </Field>
      <Button type="submit" size="lg" disabled={pending} aria-disabled={pending}>
        {pending ? "Checking…" : "Verify"}
      </Button>
    </form>
  );
}
