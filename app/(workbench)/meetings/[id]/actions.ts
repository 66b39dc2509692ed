"use server";

import { revalidatePath } from "next/cache";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { changeMeetingTags, deleteMeeting, restoreMeetingRevision } from "@/lib/meetings/mutations";

// The meeting page's buttons. Each guarded function checks the caller's role first; every
// failure comes back as state for a toast, never the error page.

export type MeetingActionState = ActionState<Record<string, string>>;

const read = (formData: FormData, ...names: string[]) =>
  Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")])) as Record<string, string>;

/** Soft-deletes the meeting at the version the page showed. */
export async function deleteMeetingAction(_previous: MeetingActionState, formData: FormData): Promise<MeetingActionState> {
  const values = read(formData, "id", "version");
  try {
    await deleteMeeting(values.id, Number(values.version));
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath("/meetings");
  return { status: "saved", values, message: "Meeting deleted. Admins can restore it from the trash." };
}

/** Writes revision `revision` back as a new revision, if nobody saved since `version`. */
export async function restoreRevisionAction(_previous: MeetingActionState, formData: FormData): Promise<MeetingActionState> {
  const values = read(formData, "id", "revision", "version");
  try {
    await restoreMeetingRevision(values.id, Number(values.revision), Number(values.version));
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath(`/meetings/${values.id}`);
  return { status: "saved", values, message: `Revision ${values.revision} restored as the current record.` };
}

/** Adds or removes one tag; applied to whatever tags are there now, so concurrent edits both stay. */
export async function changeTagsAction(_previous: MeetingActionState, formData: FormData): Promise<MeetingActionState> {
  const values = read(formData, "id", "add", "remove");
  try {
    const add = values.add ? [values.add] : [];
    const remove = values.remove ? [values.remove] : [];
    await changeMeetingTags([values.id], { add, remove });
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath(`/meetings/${values.id}`);
  return { status: "saved", values, message: values.add ? `Tag “${values.add}” added` : `Tag “${values.remove}” removed` };
}
