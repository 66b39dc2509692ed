"use server";

import { revalidatePath } from "next/cache";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { undeleteMeeting } from "@/lib/meetings/mutations";

export type TrashActionState = ActionState<{ id: string }>;

/** Brings a meeting back from the trash; undeleteMeeting lets only admins do it. */
export async function undeleteMeetingAction(_previous: TrashActionState, formData: FormData): Promise<TrashActionState> {
  const values = { id: String(formData.get("id") ?? "") };
  try {
    await undeleteMeeting(values.id);
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath("/meetings/trash");
  revalidatePath("/meetings");
  return { status: "saved", values, message: "Meeting restored from the trash." };
}
