"use server";

import { revalidatePath } from "next/cache";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { formDataOf } from "@/lib/forms/form-input";
import { setReviewSettings } from "@/lib/review/settings";

export type ReviewSettingsState = ActionState<Record<string, string>>;

/** Admins only: the team's review rule (`requireSecondPerson`, `smallEditsWithoutReview`: on/off). */
export async function setReviewSettingsAction(_previous: ReviewSettingsState, input: FormData): Promise<ReviewSettingsState> {
  const formData = formDataOf(input);
  const values = { requireSecondPerson: String(formData.get("requireSecondPerson") ?? ""), smallEditsWithoutReview: String(formData.get("smallEditsWithoutReview") ?? "") };
  try {
    await setReviewSettings(values);
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath("/admin/settings");
  return { status: "saved", values, message: "Review setting saved. It applies from the next save." };
}
