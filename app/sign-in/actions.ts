"use server";

import { formDataOf } from "@/lib/forms/form-input";
import type { Route } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { invalidInput, toActionState, type ActionState, type NoValues } from "@/lib/forms/action-state";
import { safeNextPath } from "@/lib/auth/sign-in/safe-next";
import { signIn, signInSchema } from "@/lib/auth/sign-in/sign-in";
import { signInCodeSchema, verifySignInCode } from "@/lib/auth/sign-in/two-factor";

/** The email comes back after a refusal, so it need not be typed again; the password never does. */
export type SignInState = ActionState<{ email: string }>;
export type SecondFactorState = ActionState<NoValues>;

/** Anonymous callers: the sign-in form. Slowed after failures and audited in lib/auth/sign-in/sign-in.ts. */
export async function signInAction(_previous: SignInState, input: FormData): Promise<SignInState> {
  const formData = formDataOf(input);
  const values = { email: String(formData.get("email") ?? "") };
  const parsed = signInSchema.safeParse({ email: values.email, password: formData.get("password") });
  if (!parsed.success) return invalidInput(parsed.error, values, "");
  let outcome;
  try {
    outcome = await signIn(parsed.data, await headers());
  } catch (error) {
    return toActionState(error, values);
  }
  if (outcome.status === "refused") {
    return outcome.code ? { status: "error", values, message: outcome.message, code: outcome.code } : { status: "invalid", values, message: outcome.message, fieldErrors: {} };
  }
  const next = safeNextPath(formData.get("next"));
  if (outcome.status === "second-factor") {
    redirect(`/sign-in/two-step?next=${encodeURIComponent(next)}` as Route);
  }
  redirect(next as Route);
}

/** Anonymous callers who passed the password step: the TOTP or backup code that completes sign-in. */
export async function verifySignInCodeAction(_previous: SecondFactorState, input: FormData): Promise<SecondFactorState> {
  const formData = formDataOf(input);
  const parsed = signInCodeSchema.safeParse({ code: formData.get("code") });
  if (!parsed.success) return invalidInput(parsed.error, {}, "");
  try {
    await verifySignInCode(parsed.data.code);
  } catch (error) {
    return toActionState(error, {});
  }
  redirect(safeNextPath(formData.get("next")) as Route);
}
