"use client";

import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { clearDeviceCopiesOfDraft } from "@/components/meetings/form/device-copy";
import { useActionToast, type FormAction } from "@/components/meetings/detail/use-action-toast";

export type DiscardDraft = FormAction<{ draftId: string }>;

/** Discards a draft, and with it any copy this browser kept of it when the server could not save. */
export function DiscardDraftForm({ userId, draftId, name, discard }: { userId: string; draftId: string; name: string; discard: DiscardDraft }) {
  const { formAction, pending } = useActionToast(discard, { draftId });
  return (
    <form action={formAction}>
      <input type="hidden" name="draftId" value={draftId} />
      <Button type="submit" variant="ghost" size="sm" aria-label={`Discard the draft ${name}`} disabled={pending} onClick={() => clearDeviceCopiesOfDraft(userId, draftId)}>
        <Trash2 aria-hidden="true" />
        Discard
      </Button>
    </form>
  );
}
