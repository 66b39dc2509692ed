"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-state";
import { failureOf, fieldErrorOf, idleState } from "@/lib/forms/state-view";
import { Button } from "@/components/ui/button";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormAlert } from "@/components/auth/form-alert";

type SignInState = ActionState<{ email: string }>;
type Action = (previous: SignInState, formData: FormData) => Promise<SignInState>;

export function SignInForm({ next, signInAction }: { next: string; signInAction: Action }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, idleState({ email: "" }));
  const emailError = fieldErrorOf(state, "email");
  const passwordError = fieldErrorOf(state, "password");
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <FormAlert message={failureOf(state)} />
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
          defaultValue={state.values.email}
          key={state.values.email}
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
