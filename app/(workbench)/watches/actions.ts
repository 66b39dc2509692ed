"use server";

import { revalidatePath } from "next/cache";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { formDataOf } from "@/lib/forms/form-input";
import { setWatch } from "@/lib/watches/mutations";

export type WatchActionState = ActionState<Record<string, string>>;

/** Starts (watch=on) or stops watching the thing a page shows. */
export async function setWatchAction(_previous: WatchActionState, formData: FormData): Promise<WatchActionState> {
  formData = formDataOf(formData);
  const values = { kind: String(formData.get("kind") ?? ""), key: String(formData.get("key") ?? ""), watch: String(formData.get("watch") ?? "") };
  const watching = values.watch === "on";
  try {
    const { label } = await setWatch({ kind: values.kind, key: values.key }, watching);
    // Every page's toggle was rendered with the caller's watches: none may come back stale.
    revalidatePath("/", "layout");
    return { status: "saved", values, message: watching ? `Watching ${label}: new and changed meetings come to your inbox.` : `No longer watching ${label}.` };
  } catch (error) {
    return toActionState(error, values);
  }
}
