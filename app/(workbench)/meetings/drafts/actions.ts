"use server";

import { formDataOf } from "@/lib/forms/form-input";
import { revalidatePath } from "next/cache";
import { discardDraft, saveDraft } from "@/lib/drafts/drafts";
import { isAppError, type AppErrorCode } from "@/lib/errors";

export type SaveDraftResult = { ok: true; draftId: string; savedAt: string } | { ok: false; message: string; code?: AppErrorCode };

/** The form's autosave. Returns a result, never throws: a failed autosave must not break typing. */
export async function saveDraftAction(input: unknown): Promise<SaveDraftResult> {
  try {
    const { id, savedAt } = await saveDraft(input);
    return { ok: true, draftId: id, savedAt: savedAt.toISOString() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, code: error.code };
    return { ok: false, message: "The draft could not be saved just now." };
  }
}

/** Discards one of the caller's drafts (the drafts page's "Discard"). */
export async function discardDraftAction(formData: FormData): Promise<void> {
  formData = formDataOf(formData);
  await discardDraft(formData instanceof FormData ? formData.get("draftId") : undefined);
  revalidatePath("/meetings/drafts");
}
