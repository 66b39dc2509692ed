"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { revokeApiToken } from "@/lib/auth/tokens/mutations";
import { formDataOf } from "@/lib/forms/form-input";
import { toActionState, type ActionState, type NoValues } from "@/lib/forms/action-state";

export type RevokeAnyTokenState = ActionState<NoValues>;

/** Admins: revokes anyone's token (the owner's own revoke is on their account page). */
export async function revokeAnyApiTokenAction(_previous: RevokeAnyTokenState, input: FormData): Promise<RevokeAnyTokenState> {
  try {
    await requireRole("admin");
    await revokeApiToken(formDataOf(input).get("tokenId"));
    revalidatePath("/admin/tokens");
    return { status: "saved", values: {}, message: "Token revoked." };
  } catch (error) {
    return toActionState(error, {});
  }
}
