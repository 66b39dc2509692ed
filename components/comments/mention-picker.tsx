"use client";

import { AtSign } from "lucide-react";
import { LookupCombobox, type LookupOption } from "@/components/pickers/lookup-combobox";

/** Colleagues by name, from the mention type-ahead's route (app/(workbench)/comments/mentions). */
async function lookupColleagues(query: string): Promise<LookupOption[]> {
  const response = await fetch(`/comments/mentions?q=${encodeURIComponent(query)}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`The mention type-ahead answered ${response.status}`);
  return (await response.json()) as LookupOption[];
}

/**
 * Mentions a colleague: pick them by name and "@Name" goes into the comment. The server tells
 * only those whose "@Name" is still in the text when it is saved.
 */
export function MentionPicker({ id, onPick }: { id: string; onPick: (option: LookupOption) => void }) {
  return (
    <LookupCombobox id={id} lookup={lookupColleagues} onSelect={(option) => onPick(option)} placeholder="Type a colleague's name…" ariaLabel="Mention a colleague" className="w-auto">
      <span className="inline-flex items-center gap-1.5">
        <AtSign className="size-4" aria-hidden="true" />
        Mention
      </span>
    </LookupCombobox>
  );
}
