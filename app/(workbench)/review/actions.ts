"use server";

import { revalidatePath } from "next/cache";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { formDataOf } from "@/lib/forms/form-input";
import { approveMeeting, assignReviewToMe, returnMeeting, submitForReview } from "@/lib/review/mutations";

// The review steps, from the queue and the meeting page. Each guarded function checks the caller's
// role before anything else; every failure comes back as state (the typed reason included).

export type ReviewActionState = ActionState<Record<string, string>>;

const read = (formData: FormData, ...names: string[]) =>
  Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")])) as Record<string, string>;

async function step(values: Record<string, string>, run: () => Promise<unknown>, message: string): Promise<ReviewActionState> {
  try {
    await run();
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath("/review");
  if (values.id) revalidatePath(`/meetings/${values.id}`);
  return { status: "saved", values, message };
}

/** Sends a draft or returned meeting for review, at the version the page showed. */
export async function submitForReviewAction(_previous: ReviewActionState, formData: FormData): Promise<ReviewActionState> {
  const values = read(formDataOf(formData), "id", "version");
  return step(values, () => submitForReview(values), "Sent for review.");
}

/** Approves and publishes (accepts a machine draft). */
export async function approveMeetingAction(_previous: ReviewActionState, formData: FormData): Promise<ReviewActionState> {
  const values = read(formDataOf(formData), "id", "version");
  return step(values, () => approveMeeting(values), "Approved and published.");
}

/** Returns the meeting to its author with the reason typed. */
export async function returnMeetingAction(_previous: ReviewActionState, formData: FormData): Promise<ReviewActionState> {
  const values = read(formDataOf(formData), "id", "version", "reason");
  return step(values, () => returnMeeting(values), "Returned to its author with your reason.");
}

/** Takes a waiting meeting in the queue. */
export async function assignReviewToMeAction(_previous: ReviewActionState, formData: FormData): Promise<ReviewActionState> {
  const values = read(formDataOf(formData), "id");
  return step(values, () => assignReviewToMe(values), "It is yours to review.");
}
