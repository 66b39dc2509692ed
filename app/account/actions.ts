"use server";

import { formDataOf } from "@/lib/forms/form-input";
import { redirect } from "next/navigation";
import { changePassword, changePasswordSchema, signOut, signOutEverywhere } from "@/lib/auth/sign-in/account";
import { invalidInput, toActionState, type ActionState, type NoValues } from "@/lib/forms/action-state";
import { confirmPasswordSchema, confirmTwoFactorSetup, disableTwoFactor, disableTwoFactorSchema, startTwoFactorSetup, totpCodeSchema } from "@/lib/auth/sign-in/two-factor";

// Every form here takes passwords or codes, which are never sent back: their values are empty.
export type AccountState = ActionState<NoValues>;
export type TwoFactorSetup = { secret: string; uri: string; backupCodes: string[] };
export type StartTwoFactorState = ActionState<NoValues, unknown, TwoFactorSetup>;

/** Anyone: ends this browser's session. */
export async function signOutAction(_previous: AccountState, _input: FormData): Promise<AccountState> {
  try {
    await signOut();
  } catch (error) {
    return toActionState(error, {});
  }
  redirect("/sign-in");
}

/** Signed-in users: ends all their sessions, everywhere. */
export async function signOutEverywhereAction(_previous: AccountState, _input: FormData): Promise<AccountState> {
  try {
    await signOutEverywhere();
  } catch (error) {
    return toActionState(error, {});
  }
  redirect("/sign-in");
}

/** Signed-in users (temporary password included): needs the current password, and a code when two-step sign-in is on. */
export async function changePasswordAction(_previous: AccountState, input: FormData): Promise<AccountState> {
  const formData = formDataOf(input);
  const parsed = changePasswordSchema.safeParse({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
    confirmPassword: formData.get("confirmPassword"),
    code: formData.get("code") ?? undefined,
  });
  if (!parsed.success) return invalidInput(parsed.error, {});
  try {
    await changePassword(parsed.data);
  } catch (error) {
    return toActionState(error, {});
  }
  redirect("/account?notice=password-changed");
}

/** Signed-in users: checks the password, then shows the key and backup codes to set up TOTP. */
export async function startTwoFactorSetupAction(_previous: StartTwoFactorState, input: FormData): Promise<StartTwoFactorState> {
  const parsed = confirmPasswordSchema.safeParse({ password: formDataOf(input).get("password") });
  if (!parsed.success) return invalidInput(parsed.error, {}, "");
  try {
    const setup = await startTwoFactorSetup(parsed.data.password);
    return { status: "saved", values: {}, message: "Add the key to your authenticator app.", result: setup };
  } catch (error) {
    return toActionState(error, {});
  }
}

/** Signed-in users: confirms set-up with a code from the app. */
export async function confirmTwoFactorSetupAction(_previous: AccountState, input: FormData): Promise<AccountState> {
  const parsed = totpCodeSchema.safeParse({ code: formDataOf(input).get("code") });
  if (!parsed.success) return invalidInput(parsed.error, {}, "");
  try {
    await confirmTwoFactorSetup(parsed.data.code);
  } catch (error) {
    return toActionState(error, {});
  }
  redirect("/account?notice=two-step-on");
}

/** Signed-in users, unless admins require two-step sign-in: needs the password and a current code. */
export async function disableTwoFactorAction(_previous: AccountState, input: FormData): Promise<AccountState> {
  const formData = formDataOf(input);
  const parsed = disableTwoFactorSchema.safeParse({ password: formData.get("password"), code: formData.get("code") });
  if (!parsed.success) return invalidInput(parsed.error, {}, "");
  try {
    await disableTwoFactor(parsed.data.password, parsed.data.code);
  } catch (error) {
    return toActionState(error, {});
  }
  redirect("/account?notice=two-step-off");
}
