"use server";

import { formDataOf } from "@/lib/forms/form-input";
import { revalidatePath } from "next/cache";
import { invalidInput, toActionState, type ActionState } from "@/lib/forms/action-state";
import { changeUserRole, createUser, deactivateUser, reactivateUser, resetUserPassword, resetUserTwoFactor, setTwoFactorPolicy } from "@/lib/auth/users/mutations";
import { changeRoleSchema, createUserSchema, twoFactorPolicySchema, userActionSchema } from "@/lib/auth/users/schemas";

type Fields = Record<string, string>;
/** A new account's or a reset's temporary password, shown once. */
export type TemporaryPasswordResult = { temporaryPassword: string; email?: string };
export type UserAdminState = ActionState<Fields, unknown, TemporaryPasswordResult>;
export type TwoFactorPolicyState = ActionState<Fields>;

function fieldsOf(input: FormData, names: string[]): Fields {
  const formData = formDataOf(input);
  return Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")]));
}

/** Runs one change on one account; the message says what happened, for the admin's toast. */
async function change(values: Fields, run: () => Promise<void>, message: string): Promise<ActionState<Fields>> {
  try {
    await run();
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath("/admin/users");
  return { status: "saved", values, message };
}

/** Admins only: creates an account and shows its temporary password once. */
export async function createUserAction(_previous: UserAdminState, input: FormData): Promise<UserAdminState> {
  const values = fieldsOf(input, ["name", "email", "role"]);
  const parsed = createUserSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    const { temporaryPassword } = await createUser(parsed.data);
    revalidatePath("/admin/users");
    return { status: "saved", values, message: "Account created.", result: { email: parsed.data.email, temporaryPassword } };
  } catch (error) {
    return toActionState(error, values);
  }
}

/** Admins only, not on themselves (`userId`, `role`). */
export async function changeUserRoleAction(_previous: UserAdminState, input: FormData): Promise<UserAdminState> {
  const values = fieldsOf(input, ["userId", "role"]);
  const parsed = changeRoleSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values, "Choose a valid role.");
  return change(values, () => changeUserRole(parsed.data), "Role changed. It applies from the user's next request.");
}

/** Admins only, not on themselves: ends the user's sessions at once. */
export async function deactivateUserAction(_previous: UserAdminState, input: FormData): Promise<UserAdminState> {
  const values = fieldsOf(input, ["userId"]);
  const parsed = userActionSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values, "Unknown user.");
  return change(values, () => deactivateUser(parsed.data), "Account deactivated and signed out everywhere.");
}

/** Admins only. */
export async function reactivateUserAction(_previous: UserAdminState, input: FormData): Promise<UserAdminState> {
  const values = fieldsOf(input, ["userId"]);
  const parsed = userActionSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values, "Unknown user.");
  return change(values, () => reactivateUser(parsed.data), "Account reactivated.");
}

/** Admins only, not on themselves: a new temporary password, shown once. */
export async function resetUserPasswordAction(_previous: UserAdminState, input: FormData): Promise<UserAdminState> {
  const values = fieldsOf(input, ["userId"]);
  const parsed = userActionSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values, "Unknown user.");
  try {
    const { temporaryPassword } = await resetUserPassword(parsed.data);
    revalidatePath("/admin/users");
    return { status: "saved", values, message: "Password reset. Hand over the temporary password.", result: { temporaryPassword } };
  } catch (error) {
    return toActionState(error, values);
  }
}

/** Admins only, not on themselves: removes a lost authenticator; the person sets it up again. */
export async function resetUserTwoFactorAction(_previous: UserAdminState, input: FormData): Promise<UserAdminState> {
  const values = fieldsOf(input, ["userId"]);
  const parsed = userActionSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values, "Unknown user.");
  return change(values, () => resetUserTwoFactor(parsed.data), "Two-step sign-in reset. The person signs in with their password and sets it up again.");
}

/** Admins only: require a TOTP second factor for every account (`required` = "on"), or stop requiring it ("off"). */
export async function setTwoFactorPolicyAction(_previous: TwoFactorPolicyState, input: FormData): Promise<TwoFactorPolicyState> {
  const values = fieldsOf(input, ["required"]);
  const parsed = twoFactorPolicySchema.safeParse({ required: values.required === "on" ? true : values.required === "off" ? false : values.required });
  if (!parsed.success) return invalidInput(parsed.error, values, "Invalid setting.");
  const { required } = parsed.data;
  return change(values, () => setTwoFactorPolicy({ required }), required ? "Two-step sign-in is now required for everyone." : "Two-step sign-in is now optional.");
}
