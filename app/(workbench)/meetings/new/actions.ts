"use server";

import type { Route } from "next";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { discardDraft } from "@/lib/drafts/drafts";
import { toActionState } from "@/lib/forms/action-state";
import { attachSourceToMeeting } from "@/lib/meetings/duplicates/attach-source";
import { findPossibleDuplicates, type PossibleDuplicate } from "@/lib/meetings/duplicates/find-duplicates";
import { compactMeetingForm, readMeetingForm, toMeetingRecordInput, type MeetingFormState } from "@/lib/meetings/form-data";
import { createMeeting } from "@/lib/meetings/mutations";

/**
 * Saves the new-meeting form. Every failure comes back as form state with the analyst's values
 * (never the error page with the typing lost); on success the draft it was typed in goes.
 */
export async function createMeetingAction(_previous: MeetingFormState, formData: FormData): Promise<MeetingFormState> {
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

export type AttachSourceState = { status: "idle" | "invalid" | "error" | "conflict" | "saved"; message?: string; fieldErrors?: Record<string, string[]> };

/** Adds the typed source to an existing meeting instead of recording a duplicate, then opens it. */
export async function attachSourceAction(meetingId: unknown, source: unknown): Promise<AttachSourceState> {
  let id: string;
  try {
    await requireRole("analyst");
    ({ id } = await attachSourceToMeeting(meetingId, source));
  } catch (error) {
    const state = toActionState(error, null);
    return { status: state.status, message: "message" in state ? state.message : undefined, fieldErrors: state.status === "invalid" ? state.fieldErrors : undefined };
  }
  revalidatePath(`/meetings/${id}`);
  redirect(`/meetings/${id}?created=1` as Route);
}
