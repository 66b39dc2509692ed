"use client";

import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { clearDeviceCopiesOfDraft } from "@/components/meetings/form/device-copy";

/** Discards a draft, and with it any copy this browser kept of it when the server could not save. */
export function DiscardDraftButton({ userId, draftId, name }: { userId: string; draftId: string; name: string }) {
  return (
    <Button type="submit" variant="ghost" size="sm" aria-label={`Discard the draft ${name}`} onClick={() => clearDeviceCopiesOfDraft(userId, draftId)}>
      <Trash2 aria-hidden="true" />
      Discard
    </Button>
  );
}
