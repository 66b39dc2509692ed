"use server";

import type { Route } from "next";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import {
  compactMeetingForm,
  readMeetingForm,
  toCreateMeetingInput,
  type MeetingFormState,
} from "@/lib/meetings/form-data";
import { createMeeting } from "@/lib/meetings/mutations";

/**
 * Saves the new-meeting form. Validation problems come back as field errors with the analyst's
 * values; anything else goes to the error boundary. createMeeting checks the caller's role.
 */
export async function createMeetingAction(_previous: MeetingFormState, formData: FormData): Promise<MeetingFormState> {
  const values = compactMeetingForm(readMeetingForm(formData));
  let id: string;
  try {
    ({ id } = await createMeeting(toCreateMeetingInput(values)));
  } catch (error) {
    if (isAppError(error) && error.code === "validation") {
      return { status: "invalid", message: error.message, fieldErrors: error.fieldErrors ?? {}, values };
    }
    if (isAppError(error) && (error.code === "unauthorized" || error.code === "forbidden")) {
      return { status: "invalid", message: error.message, fieldErrors: {}, values, code: error.code };
    }
    throw error;
  }
  revalidatePath("/meetings");
  redirect(`/meetings/${id}?created=1` as Route);
}
