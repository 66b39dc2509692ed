"use server";

import type { Route } from "next";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { toActionState } from "@/lib/forms/action-state";
import {
  compactMeetingForm,
  readMeetingForm,
  toCreateMeetingInput,
  type MeetingFormState,
} from "@/lib/meetings/form-data";
import { createMeeting } from "@/lib/meetings/mutations";

/**
 * Saves the new-meeting form. Every failure comes back as form state with the analyst's values
 * (never the error page with the typing lost). createMeeting checks the caller's role.
 */
export async function createMeetingAction(_previous: MeetingFormState, formData: FormData): Promise<MeetingFormState> {
  const values = compactMeetingForm(readMeetingForm(formData));
  let id: string;
  try {
    ({ id } = await createMeeting(toCreateMeetingInput(values)));
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath("/meetings");
  redirect(`/meetings/${id}?created=1` as Route);
}
