"use server";

import { revalidatePath } from "next/cache";
import { createApiToken, revokeApiToken } from "@/lib/auth/tokens/mutations";
import type { CreatedApiToken } from "@/lib/auth/tokens/dto";
import { createTokenSchema } from "@/lib/auth/tokens/schemas";
import { formDataOf } from "@/lib/forms/form-input";
import { invalidInput, toActionState, type ActionState, type NoValues } from "@/lib/forms/action-state";

export type TokenFormValues = { name: string; scope: string; expiresInDays: string };
export type CreateTokenState = ActionState<TokenFormValues, unknown, CreatedApiToken>;
export type RevokeTokenState = ActionState<NoValues>;

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

/** Signed-in users: makes a token for themselves and shows its secret once. */
export async function createApiTokenAction(_previous: CreateTokenState, input: FormData): Promise<CreateTokenState> {
  const formData = formDataOf(input);
  const values = { name: text(formData.get("name")), scope: text(formData.get("scope")), expiresInDays: text(formData.get("expiresInDays")) };
  const parsed = createTokenSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    const created = await createApiToken(parsed.data);
    revalidatePath("/account/tokens");
    // The secret goes back once, as the result; the form's values are cleared.
    return { status: "saved", values: { name: "", scope: values.scope, expiresInDays: values.expiresInDays }, message: "Token made. Copy it now: it is not shown again.", result: created };
  } catch (error) {
    return toActionState(error, values);
  }
}

/** Signed-in users: revokes one of their own tokens. */
export async function revokeApiTokenAction(_previous: RevokeTokenState, input: FormData): Promise<RevokeTokenState> {
  try {
    await revokeApiToken(formDataOf(input).get("tokenId"));
    revalidatePath("/account/tokens");
    return { status: "saved", values: {}, message: "Token revoked." };
  } catch (error) {
    return toActionState(error, {});
  }
}
