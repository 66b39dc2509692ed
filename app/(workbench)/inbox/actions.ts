"use server";

import { revalidatePath } from "next/cache";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { formDataOf } from "@/lib/forms/form-input";
import { markAllInboxRead, markInboxItemRead } from "@/lib/inbox/mutations";

export type InboxActionState = ActionState<Record<string, string>>;

// The unread count is in the navigation of every page: the whole layout is refreshed.
const refresh = () => revalidatePath("/", "layout");

/** Marks one inbox item read. */
export async function markInboxItemReadAction(_previous: InboxActionState, formData: FormData): Promise<InboxActionState> {
  const values = { id: String(formDataOf(formData).get("id") ?? "") };
  try {
    await markInboxItemRead(values.id);
  } catch (error) {
    return toActionState(error, values);
  }
  refresh();
  return { status: "saved", values, message: "Marked as read." };
}

/** Marks the whole inbox read. */
export async function markAllInboxReadAction(_previous: InboxActionState, formData: FormData): Promise<InboxActionState> {
  formDataOf(formData);
  try {
    const count = await markAllInboxRead();
    refresh();
    return { status: "saved", values: {}, message: count === 1 ? "1 item marked as read." : `${count} items marked as read.` };
  } catch (error) {
    return toActionState(error, {});
  }
}
