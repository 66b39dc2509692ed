"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formFailure, type CreateUserState, type FormState, type ResetPasswordState } from "@/lib/auth/form-state";
import { changeUserRole, createUser, deactivateUser, reactivateUser, resetUserPassword, resetUserTwoFactor, setTwoFactorPolicy } from "@/lib/auth/users/mutations";
import { changeRoleSchema, createUserSchema, twoFactorPolicySchema, userActionSchema } from "@/lib/auth/users/schemas";

/** Admins only: creates an account and shows its temporary password once. */
export async function createUserAction(_previous: CreateUserState, formData: FormData): Promise<CreateUserState> {
  const values = { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? ""), role: String(formData.get("role") ?? "") };
  const parsed = createUserSchema.safeParse(values);
  if (!parsed.success) return { message: "Check the fields below.", fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  try {
    const { temporaryPassword } = await createUser(parsed.data);
    revalidatePath("/admin/users");
    return { ok: true, created: { email: parsed.data.email, temporaryPassword } };
  } catch (error) {
    return formFailure(error, values);
  }
}

/** Admins only, not on themselves. */
export async function changeUserRoleAction(input: { userId: string; role: string }): Promise<FormState> {
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) return { message: "Choose a valid role." };
  try {
    await changeUserRole(parsed.data);
  } catch (error) {
    return formFailure(error);
  }
  revalidatePath("/admin/users");
  return { ok: true, message: "Role changed. It applies from the user's next request." };
}

/** Admins only, not on themselves: ends the user's sessions at once. */
export async function deactivateUserAction(input: { userId: string }): Promise<FormState> {
  const parsed = userActionSchema.safeParse(input);
  if (!parsed.success) return { message: "Unknown user." };
  try {
    await deactivateUser(parsed.data);
  } catch (error) {
    return formFailure(error);
  }
  revalidatePath("/admin/users");
  return { ok: true, message: "Account deactivated and signed out everywhere." };
}

/** Admins only. */
export async function reactivateUserAction(input: { userId: string }): Promise<FormState> {
  const parsed = userActionSchema.safeParse(input);
  if (!parsed.success) return { message: "Unknown user." };
  try {
    await reactivateUser(parsed.data);
  } catch (error) {
    return formFailure(error);
  }
  revalidatePath("/admin/users");
  return { ok: true, message: "Account reactivated." };
}

/** Admins only, not on themselves: a new temporary password, shown once. */
export async function resetUserPasswordAction(input: { userId: string }): Promise<ResetPasswordState> {
  const parsed = userActionSchema.safeParse(input);
  if (!parsed.success) return { message: "Unknown user." };
  try {
    const { temporaryPassword } = await resetUserPassword(parsed.data);
    revalidatePath("/admin/users");
    return { ok: true, temporaryPassword };
  } catch (error) {
    return formFailure(error);
  }
}

/** Admins only, not on themselves: removes a lost authenticator; the person sets it up again. */
export async function resetUserTwoFactorAction(input: { userId: string }): Promise<FormState> {
  const parsed = userActionSchema.safeParse(input);
  if (!parsed.success) return { message: "Unknown user." };
  try {
    await resetUserTwoFactor(parsed.data);
  } catch (error) {
    return formFailure(error);
  }
  revalidatePath("/admin/users");
  return { ok: true, message: "Two-step sign-in reset. The person signs in with their password and sets it up again." };
}

/** Admins only: require a TOTP second factor for every account, or stop requiring it. */
export async function setTwoFactorPolicyAction(input: { required: boolean }): Promise<FormState> {
  const parsed = twoFactorPolicySchema.safeParse(input);
  if (!parsed.success) return { message: "Invalid setting." };
  try {
    await setTwoFactorPolicy(parsed.data);
  } catch (error) {
    return formFailure(error);
  }
  revalidatePath("/admin/users");
  return { ok: true, message: parsed.data.required ? "Two-step sign-in is now required for everyone." : "Two-step sign-in is now optional." };
}
