"use server";

import { formDataOf } from "@/lib/forms/form-input";
import { revalidatePath } from "next/cache";
import { discardDraft, saveDraft } from "@/lib/drafts/drafts";
import { toActionState, type ActionState } from "@/lib/forms/action-state";

/**
 * The values of an autosave are the draft it wrote to, not the meeting form's values: those never
 * leave the form's own state for an autosave, and echoing up to 1 MB back every two seconds would
 * double the traffic. A saved draft's id and time come back as the result.
 */
export type SaveDraftState = ActionState<{ draftId: string }, unknown, { draftId: string; savedAt: string }>;
export type DiscardDraftState = ActionState<{ draftId: string }>;

/**
 * The form's autosave: `draft` is the JSON of `{ draftId?, meetingId?, baseVersion?, values }`.
 * Never throws: a failed autosave must not break typing.
 */
export async function saveDraftAction(_previous: SaveDraftState, input: FormData): Promise<SaveDraftState> {
  const payload = formDataOf(input).get("draft");
  let draft: unknown = undefined;
  try {
    draft = typeof payload === "string" ? JSON.parse(payload) : undefined;
  } catch {
    // Unreadable JSON goes on as nothing, for saveDraft's own check to refuse after the role check.
  }
  const values = { draftId: String((draft as { draftId?: unknown } | undefined)?.draftId ?? "") };
  try {
    const { id, savedAt } = await saveDraft(draft);
    return { status: "saved", values: { draftId: id }, message: "Draft saved.", result: { draftId: id, savedAt: savedAt.toISOString() } };
  } catch (error) {
    return toActionState(error, values);
  }
}

/** Discards one of the caller's drafts (`draftId`; the drafts page's "Discard"). */
export async function discardDraftAction(_previous: DiscardDraftState, input: FormData): Promise<DiscardDraftState> {
  const values = { draftId: String(formDataOf(input).get("draftId") ?? "") };
  try {
    await discardDraft(values.draftId);
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath("/meetings/drafts");
  return { status: "saved", values, message: "Draft discarded." };
}
