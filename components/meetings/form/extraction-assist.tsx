"use client";

import { LoaderCircle, Sparkles } from "lucide-react";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { SuggestionsPanel } from "@/components/meetings/extraction/suggestions-panel";
import type { SuggestionEvidence } from "@/components/meetings/form/apply-suggestion";
import { acceptExtractionItem } from "@/components/meetings/form/from-extraction";
import { useMeetingFormContext, type UpdateValues } from "@/components/meetings/form/form-context";
import { whatTheRecordLacks } from "@/components/meetings/form/record-gaps";
import type { MeetingSuggestions } from "@/lib/extraction/meeting-suggestions";
import { listSuggestionItems, type SuggestionItem } from "@/lib/extraction/suggestion-items";
import type { ActionState } from "@/lib/forms/action-state";
import { failureOf, fieldErrorOf, submitFields } from "@/lib/forms/state-view";
import type { MeetingFormValues } from "@/lib/meetings/form-data";
import type { TopicOption } from "@/lib/meetings/options";

type ExtractState = ActionState<{ publishedOn: string }, unknown, MeetingSuggestions>;
/** The extraction action: form data with `text` and `publishedOn`. */
export type ExtractSuggestions = (previous: ExtractState, formData: FormData) => Promise<ExtractState>;

interface Run {
  sourceIndex: number;
  suggestions: MeetingSuggestions;
  /** What the source adds to the record as it was when the suggestions came. */
  items: SuggestionItem[];
  alreadyInRecord: number;
}

/** Accepts several suggestions in order, each seeing the ones before (a participant before its organisation's evidence). */
function acceptInOrder(values: MeetingFormValues, items: SuggestionItem[], sourceIndex: number, topics: TopicOption[]) {
  const notes = new Set<string>();
  let next = values;
  for (const item of items) {
    const accepted = acceptExtractionItem(next, item, sourceIndex, topics);
    next = accepted.values;
    if (accepted.note) notes.add(accepted.note);
  }
  return { values: next, notes };
}

/**
 * Paste a wire text into any source, ask for suggestions, accept them one by one or all at once:
 * each fills its field and keeps its passage as evidence, as if the analyst had selected it. A
 * source read after the record has content offers only what the record lacks.
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
  /** Lights the passage a suggestion came from in its source's text; null puts it out. */
  onHighlight: (span: SuggestionEvidence | null) => void;
}) {
  const { topics } = useMeetingFormContext();
  const [run, setRun] = useState<Run | null>(null);
  const [pending, start] = useTransition();
  const suggestFrom = (sourceIndex: number) =>
    start(async () => {
      const source = values.sources[sourceIndex];
      if (!source?.text.trim()) {
        toast.error(`Paste the text into source ${sourceIndex + 1}'s Full text first.`);
        return;
      }
      try {
        const state = await submitFields(extract, { text: source.text, publishedOn: source.publishedOn });
        if (state.status === "saved" && state.result) {
          const all = listSuggestionItems(state.result);
          const items = whatTheRecordLacks(all, values, topics);
          setRun({ sourceIndex, suggestions: state.result, items, alreadyInRecord: all.length - items.length });
        } else {
          toast.error(fieldErrorOf(state, "text") ?? fieldErrorOf(state, "publishedOn") ?? failureOf(state) ?? "No suggestions came back.");
        }
      } catch {
        toast.error("Suggestions could not be made just now. Your text is still here.");
      }
    });
  const accept = (items: SuggestionItem[]) => {
    if (!run) return;
    const { notes } = acceptInOrder(values, items, run.sourceIndex, topics);
    update((current) => acceptInOrder(current, items, run.sourceIndex, topics).values);
    for (const note of notes) toast.info(note, { id: note });
  };
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap gap-2">
        {values.sources.map((_, index) => (
          <Button key={index} type="button" variant="secondary" className="w-fit" onClick={() => suggestFrom(index)} disabled={pending}>
            {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : <Sparkles aria-hidden="true" />}
            Suggest fields from source {index + 1}
          </Button>
        ))}
      </div>
      {run ? (
        <SuggestionsPanel
          suggestions={run.suggestions}
          items={run.items}
          sourceLabel={`source ${run.sourceIndex + 1}`}
          alreadyInRecord={run.alreadyInRecord}
          onAccept={(item) => accept([item])}
          onReject={() => undefined}
          onAcceptAll={accept}
          onHighlight={(evidence) => onHighlight(evidence ? { sourceIndex: run.sourceIndex, ...evidence } : null)}
        />
      ) : null}
    </div>
  );
}
