"use server";

import { formDataOf } from "@/lib/forms/form-input";
import { redirect } from "next/navigation";
import { z } from "zod";
import { changePassword, changePasswordSchema, signOut, signOutEverywhere } from "@/lib/auth/sign-in/account";
import { formFailure, type FormState, type TwoFactorSetupState } from "@/lib/auth/form-state";
import { confirmPasswordSchema, confirmTwoFactorSetup, disableTwoFactor, disableTwoFactorSchema, startTwoFactorSetup, totpCodeSchema } from "@/lib/auth/sign-in/two-factor";

/** Anyone: ends this browser's session. */
export async function signOutAction(): Promise<void> {
  await signOut();
  redirect("/sign-in");
}

/** Signed-in users: ends all their sessions, everywhere. */
export async function signOutEverywhereAction(): Promise<void> {
  await signOutEverywhere();
  redirect("/sign-in");
}

/** Signed-in users (temporary password included): needs the current password, and a code when two-step sign-in is on. */
export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const parsed = changePasswordSchema.safeParse({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
    confirmPassword: formData.get("confirmPassword"),
    code: formData.get("code") ?? undefined,
  });
  if (!parsed.success) return { message: "Check the fields below.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    await changePassword(parsed.data);
  } catch (error) {
    return formFailure(error);
  }
  redirect("/account?notice=password-changed");
}

/** Signed-in users: checks the password, then shows the key and backup codes to set up TOTP. */
export async function startTwoFactorSetupAction(_previous: TwoFactorSetupState, formData: FormData): Promise<TwoFactorSetupState> {
  formData = formDataOf(formData);
  const parsed = confirmPasswordSchema.safeParse({ password: formData.get("password") });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    return { setup: await startTwoFactorSetup(parsed.data.password) };
  } catch (error) {
    return formFailure(error);
  }
}

/** Signed-in users: confirms set-up with a code from the app. */
export async function confirmTwoFactorSetupAction(previous: TwoFactorSetupState, formData: FormData): Promise<TwoFactorSetupState> {
  formData = formDataOf(formData);
  const parsed = totpCodeSchema.safeParse({ code: formData.get("code") });
  if (!parsed.success) return { ...previous, message: undefined, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    await confirmTwoFactorSetup(parsed.data.code);
  } catch (error) {
    return { ...formFailure(error), setup: previous.setup };
  }
  redirect("/account?notice=two-step-on");
}

/** Signed-in users, unless admins require two-step sign-in: needs the password and a current code. */
export async function disableTwoFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const parsed = disableTwoFactorSchema.safeParse({ password: formData.get("password"), code: formData.get("code") });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    await disableTwoFactor(parsed.data.password, parsed.data.code);
  } catch (error) {
    return formFailure(error);
  }
  redirect("/account?notice=two-step-off");
}
