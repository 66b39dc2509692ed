"use server";

import { revalidatePath } from "next/cache";
import { discardDraft, saveDraft } from "@/lib/drafts/drafts";
import { isAppError } from "@/lib/errors";

export type SaveDraftResult = { ok: true; draftId: string; savedAt: string } | { ok: false; message: string };

/** The form's autosave. Returns a result, never throws: a failed autosave must not break typing. */
export async function saveDraftAction(input: unknown): Promise<SaveDraftResult> {
  try {
    const { id, savedAt } = await saveDraft(input);
    return { ok: true, draftId: id, savedAt: savedAt.toISOString() };
  } catch (error) {
    return { ok: false, message: isAppError(error) ? error.message : "The draft could not be saved just now." };
  }
}

/** Discards one of the caller's drafts (the drafts page's "Discard"). */
export async function discardDraftAction(formData: FormData): Promise<void> {
  await discardDraft(formData instanceof FormData ? formData.get("draftId") : undefined);
  revalidatePath("/meetings/drafts");
}
