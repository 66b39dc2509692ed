"use server";

import { formDataOf } from "@/lib/forms/form-input";
import type { Route } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formFailure, type SecondFactorFormState, type SignInFormState } from "@/lib/auth/form-state";
import { safeNextPath } from "@/lib/auth/sign-in/safe-next";
import { signIn, signInSchema } from "@/lib/auth/sign-in/sign-in";
import { signInCodeSchema, verifySignInCode } from "@/lib/auth/sign-in/two-factor";

export type { SecondFactorFormState, SignInFormState } from "@/lib/auth/form-state";

/** Anonymous callers: the sign-in form. Throttled and audited in lib/auth/sign-in/sign-in.ts. */
export async function signInAction(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  formData = formDataOf(formData);
  const email = String(formData.get("email") ?? "");
  const parsed = signInSchema.safeParse({ email, password: formData.get("password") });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, email };
  let outcome;
  try {
    outcome = await signIn(parsed.data, await headers());
  } catch (error) {
    return { ...formFailure(error), email };
  }
  if (outcome.status === "refused") return { message: outcome.message, code: outcome.code, email };
  const next = safeNextPath(formData.get("next"));
  if (outcome.status === "second-factor") {
    redirect(`/sign-in/two-step?next=${encodeURIComponent(next)}` as Route);
  }
  redirect(next as Route);
}

/** Anonymous callers who passed the password step: the TOTP or backup code that completes sign-in. */
export async function verifySignInCodeAction(_previous: SecondFactorFormState, formData: FormData): Promise<SecondFactorFormState> {
  formData = formDataOf(formData);
  const parsed = signInCodeSchema.safeParse({ code: formData.get("code") });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    await verifySignInCode(parsed.data.code);
  } catch (error) {
    return formFailure(error);
  }
  redirect(safeNextPath(formData.get("next")) as Route);
}
