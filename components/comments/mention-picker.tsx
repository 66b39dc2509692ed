"use client";

import { AtSign } from "lucide-react";
import { LookupCombobox, type LookupFunction, type LookupOption } from "@/components/pickers/lookup-combobox";

/**
 * Mentions a colleague: pick them by name and "@Name" goes into the comment. The server tells
 * only those whose "@Name" is still in the text when it is saved.
 */
export function MentionPicker({ id, lookup, onPick }: { id: string; lookup: LookupFunction; onPick: (option: LookupOption) => void }) {
  return (
    <LookupCombobox id={id} lookup={lookup} onSelect={(option) => onPick(option)} placeholder="Type a colleague's name…" ariaLabel="Mention a colleague" className="w-auto">
      <span className="inline-flex items-center gap-1.5">
        <AtSign className="size-4" aria-hidden="true" />
        Mention
      </span>
    </LookupCombobox>
  );
}
