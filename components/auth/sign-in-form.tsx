"use client";

import { useActionState } from "react";
import type { SignInFormState } from "@/lib/auth/form-state";
import { Button } from "@/components/ui/button";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormAlert } from "@/components/auth/form-alert";

type Action = (previous: SignInFormState, formData: FormData) => Promise<SignInFormState>;

export function SignInForm({ next, signInAction }: { next: string; signInAction: Action }) {
  const [state, action, pending] = useActionState<SignInFormState, FormData>(signInAction, {});
  const emailError = state.fieldErrors?.email?.[0];
  const passwordError = state.fieldErrors?.password?.[0];
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <FormAlert message={state.message} />
      <Field id="email" label="Email" error={emailError}>
        <Input
          {...fieldControlProps("email", { error: emailError })}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="none"
          required
          defaultValue={state.email}
          key={state.email ?? ""}
          autoFocus
        />
      </Field>
      <Field id="password" label="Password" error={passwordError}>
        <Input
          {...fieldControlProps("password", { error: passwordError })}
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
      </Field>
      <Button type="submit" size="lg" disabled={pending} aria-disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
