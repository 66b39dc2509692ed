"use client";

import { LoaderCircle, Sparkles } from "lucide-react";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { SuggestionsPanel } from "@/components/meetings/extraction/suggestions-panel";
import type { SuggestionEvidence } from "@/components/meetings/form/apply-suggestion";
import { acceptExtractionItem } from "@/components/meetings/form/from-extraction";
import { useMeetingFormContext, type UpdateValues } from "@/components/meetings/form/form-context";
import type { ExtractionResult } from "@/lib/extraction/types";
import type { ActionState } from "@/lib/forms/action-state";
import { failureOf, fieldErrorOf, submitFields } from "@/lib/forms/state-view";
import type { MeetingFormValues } from "@/lib/meetings/form-data";

type ExtractState = ActionState<{ publishedOn: string }, unknown, ExtractionResult>;
/** The extraction action: form data with `text` and `publishedOn`. */
export type ExtractSuggestions = (previous: ExtractState, formData: FormData) => Promise<ExtractState>;

/**
 * Paste a wire text into the first source, ask for suggestions, accept them one by one: each
 * fills its field and keeps its passage as evidence, as if the analyst had selected it.
 */
export function ExtractionAssist({
  values,
  update,
  extract,
  onHighlight,
}: {
  values: MeetingFormValues;
  update: UpdateValues;
  extract: ExtractSuggestions;
  /** Lights the passage a suggestion came from in source 1's text; null puts it out. */
  onHighlight: (span: SuggestionEvidence | null) => void;
}) {
  const { topics } = useMeetingFormContext();
  const [suggestions, setSuggestions] = useState<ExtractionResult | null>(null);
  const [pending, start] = useTransition();
  const source = values.sources[0];
  const run = () =>
    start(async () => {
      if (!source?.text.trim()) {
        toast.error("Paste the text into source 1's Full text first.");
        return;
      }
      try {
        const state = await submitFields(extract, { text: source.text, publishedOn: source.publishedOn });
        if (state.status === "saved" && state.result) setSuggestions(state.result);
        else toast.error(fieldErrorOf(state, "text") ?? fieldErrorOf(state, "publishedOn") ?? failureOf(state) ?? "No suggestions came back.");
      } catch {
        toast.error("Suggestions could not be made just now. Your text is still here.");
      }
    });
  return (
    <div className="grid gap-3">
      <Button type="button" variant="secondary" className="w-fit" onClick={run} disabled={pending}>
        {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : <Sparkles aria-hidden="true" />}
        Suggest fields from source 1
      </Button>
      {suggestions ? (
        <SuggestionsPanel
          suggestions={suggestions}
          onAccept={(item) => {
            const { note } = acceptExtractionItem(values, item, 0, topics);
            update((current) => acceptExtractionItem(current, item, 0, topics).values);
            if (note) toast.info(note, { id: note });
          }}
          onReject={() => undefined}
          onAcceptAll={() => undefined}
          onHighlight={(evidence) => onHighlight(evidence ? { sourceIndex: 0, ...evidence } : null)}
        />
      ) : null}
    </div>
  );
}
