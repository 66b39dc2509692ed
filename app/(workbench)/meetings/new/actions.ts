"use server";

import { formDataOf } from "@/lib/forms/form-input";
import type { Route } from "next";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { discardDraft } from "@/lib/drafts/drafts";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { attachSourceToMeeting } from "@/lib/meetings/duplicates/attach-source";
import { findPossibleDuplicates, type PossibleDuplicate } from "@/lib/meetings/duplicates/find-duplicates";
import { compactMeetingForm, readMeetingForm, toMeetingRecordInput, type MeetingFormState } from "@/lib/meetings/form-data";
import { createMeeting } from "@/lib/meetings/mutations";

/**
 * Saves the new-meeting form. Every failure comes back as form state with the analyst's values
 * (never the error page with the typing lost); on success the draft it was typed in goes.
 */
export async function createMeetingAction(_previous: MeetingFormState, formData: FormData): Promise<MeetingFormState> {
  formData = formDataOf(formData);
  const values = compactMeetingForm(readMeetingForm(formData));
  let id: string;
  try {
    await requireRole("analyst");
    ({ id } = await createMeeting(toMeetingRecordInput(values)));
  } catch (error) {
    return toActionState(error, values);
  }
  await discardDraft(formData.get("draftId")).catch(() => undefined);
  revalidatePath("/meetings");
  redirect(`/meetings/${id}?created=1` as Route);
}

/** Meetings the one being typed may duplicate (same day ±1, same countries or a shared participant). */
export async function findDuplicatesAction(query: unknown): Promise<PossibleDuplicate[]> {
  return findPossibleDuplicates(query);
}

/** The meeting chosen in the duplicates panel; the source itself stays in the new-meeting form. */
export type AttachSourceFormState = ActionState<{ meetingId: string }>;

const SOURCE_FIELDS = ["outlet", "url", "title", "publishedOn", "language", "text"] as const;

/**
 * Adds the typed source (the form's fields of one source) to an existing meeting, `meetingId`,
 * instead of recording a duplicate, then opens it.
 */
export async function attachSourceAction(_previous: AttachSourceFormState, input: FormData): Promise<AttachSourceFormState> {
  const formData = formDataOf(input);
  const values = { meetingId: String(formData.get("meetingId") ?? "") };
  const source = Object.fromEntries(SOURCE_FIELDS.map((name) => [name, String(formData.get(name) ?? "")]));
  let id: string;
  try {
    await requireRole("analyst");
    ({ id } = await attachSourceToMeeting(values.meetingId, source));
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath(`/meetings/${id}`);
  redirect(`/meetings/${id}?created=1` as Route);
}
