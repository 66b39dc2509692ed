"use client";

import { useMemo, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { SuggestionRow, type SuggestionDecision } from "@/components/meetings/extraction/suggestion-row";
import { listSuggestionItems, SUGGESTION_FIELD_LABELS, type SuggestionField, type SuggestionItem, type SuggestionsInput } from "@/lib/extraction/suggestion-items";
import type { Evidence } from "@/lib/extraction/types";

export interface SuggestionsPanelProps {
  suggestions: SuggestionsInput;
  /** The suggestions to offer, when not all of them (a second source offers what the record lacks). */
  items?: SuggestionItem[];
  /** Which source they came from, for the heading ("source 2"). */
  sourceLabel?: string;
  /** How many suggestions were left out because the record already has them. */
  alreadyInRecord?: number;
  onAccept: (item: SuggestionItem) => void;
  onReject: (item: SuggestionItem) => void;
  /** Accepts every undecided suggestion at once, in the panel's order. */
  onAcceptAll: (items: SuggestionItem[]) => void;
  /** Hovering or focusing a suggestion highlights its evidence in the source pane; null clears it. */
  onHighlight: (evidence: Evidence | null) => void;
}

/**
 * Suggestions from the pasted text, grouped by field, each accepted or rejected by the analyst
 * (nothing is applied without an accept). It knows nothing of the form: the callbacks do.
 */
export function SuggestionsPanel({ suggestions, items: offered, sourceLabel, alreadyInRecord = 0, onAccept, onReject, onAcceptAll, onHighlight }: SuggestionsPanelProps) {
  const listed = useMemo(() => listSuggestionItems(suggestions), [suggestions]);
  const items = offered ?? listed;
  const [decisions, setDecisions] = useState<Record<string, SuggestionDecision>>({});
  const [forSuggestions, setForSuggestions] = useState(suggestions);
  // New suggestions (the text was extracted again) start undecided.
  if (forSuggestions !== suggestions) {
    setForSuggestions(suggestions);
    setDecisions({});
  }

  const groups = new Map<SuggestionField, SuggestionItem[]>();
  for (const item of items) groups.set(item.field, [...(groups.get(item.field) ?? []), item]);
  const undecided = items.filter((item) => !decisions[item.id]);

  const decide = (item: SuggestionItem, decision: SuggestionDecision) => {
    if (decisions[item.id] === decision) return;
    setDecisions((current) => ({ ...current, [item.id]: decision }));
    if (decision === "accepted") onAccept(item);
    else onReject(item);
  };
  const acceptAll = () => {
    onAcceptAll(undecided);
    setDecisions((current) => Object.fromEntries([...Object.entries(current), ...undecided.map((item) => [item.id, "accepted"] as const)]));
    toast.success(`${undecided.length} ${undecided.length === 1 ? "suggestion" : "suggestions"} accepted`);
  };

  return (
    <Card aria-labelledby="suggestions-heading">
      <CardHeader className="flex-row items-start justify-between gap-3">
        <div className="flex flex-col gap-1">
          <CardTitle id="suggestions-heading">Suggestions from the text{sourceLabel ? ` of ${sourceLabel}` : ""}</CardTitle>
          <CardDescription>Hover or focus a suggestion to see where it came from. Nothing is filled in until you accept it.</CardDescription>
        </div>
        <Button size="sm" onClick={acceptAll} disabled={undecided.length === 0}>
          Accept all
        </Button>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {suggestions.notes.length > 0 ? (
          <ul className="rounded-md border border-warning/50 px-3 py-2 text-sm" aria-label="About these suggestions">
            {suggestions.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
        {[...groups.entries()].map(([field, fieldItems]) => (
          <section key={field} aria-labelledby={`suggestions-${field}`}>
            <h3 id={`suggestions-${field}`} className="mb-1 text-xs font-semibold tracking-wide text-muted-foreground uppercase">
              {SUGGESTION_FIELD_LABELS[field]}
            </h3>
            <ul className="flex flex-col">
              {fieldItems.map((item) => (
                <SuggestionRow
                  key={item.id}
                  item={item}
                  decision={decisions[item.id]}
                  onAccept={() => decide(item, "accepted")}
                  onReject={() => decide(item, "rejected")}
                  onHighlight={onHighlight}
                />
              ))}
            </ul>
          </section>
        ))}
        {alreadyInRecord > 0 ? (
          <p className="text-sm text-muted-foreground">
            {alreadyInRecord} {alreadyInRecord === 1 ? "suggestion is" : "suggestions are"} left out: the record already has {alreadyInRecord === 1 ? "it" : "them"}.
          </p>
        ) : null}
        {items.length <= 1 && alreadyInRecord === 0 ? <p className="text-sm text-muted-foreground">Few or no suggestions for this text: fill in the form yourself.</p> : null}
      </CardContent>
    </Card>
  );
}
