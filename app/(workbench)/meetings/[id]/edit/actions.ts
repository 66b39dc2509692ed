"use server";

import { formDataOf } from "@/lib/forms/form-input";
import type { Route } from "next";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { discardDraft } from "@/lib/drafts/drafts";
import { toActionState } from "@/lib/forms/action-state";
import { compactMeetingForm, readMeetingForm, recordToFormValues, toMeetingRecordInput, type CurrentMeeting, type MeetingFormState } from "@/lib/meetings/form-data";
import { updateMeeting } from "@/lib/meetings/mutations";
import { isMeetingConflict } from "@/lib/meetings/write/unit-of-work";

/** Someone saved since the form was opened: hand their record to the form, beside the analyst's. */
function currentOf(error: unknown): CurrentMeeting | undefined {
  if (!isMeetingConflict(error)) return undefined;
  return { version: error.current.version, values: recordToFormValues(error.current.record) };
}

/**
 * Saves the edit form at the version it was opened (or last resolved) at. A stale version comes
 * back as a conflict carrying the current record; nothing is overwritten, nothing typed is lost.
 */
export async function updateMeetingAction(_previous: MeetingFormState, formData: FormData): Promise<MeetingFormState> {
  formData = formDataOf(formData);
  const values = compactMeetingForm(readMeetingForm(formData));
  const meetingId = formData.get("meetingId");
  let id: string;
  try {
    await requireRole("analyst");
    ({ id } = await updateMeeting(meetingId, Number(formData.get("expectedVersion")), toMeetingRecordInput(values)));
  } catch (error) {
    return toActionState(error, values, { current: currentOf });
  }
  await discardDraft(formData.get("draftId")).catch(() => undefined);
  revalidatePath("/meetings");
  revalidatePath(`/meetings/${id}`);
  redirect(`/meetings/${id}?created=1` as Route);
}
