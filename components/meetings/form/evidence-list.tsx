"use client";

import { TriangleAlert, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useMeetingFormContext, type UpdateValues } from "@/components/meetings/form/form-context";
import { describeTarget } from "@/components/meetings/form/evidence-targets";
import { useFieldError } from "@/components/meetings/form-fields";
import type { EvidenceValues, MeetingFormValues } from "@/lib/meetings/form-data";

function EvidenceItem({ span, index, values, onRemove }: { span: EvidenceValues; index: number; values: MeetingFormValues; onRemove: () => void }) {
  const { countries, topics } = useMeetingFormContext();
  const quoteError = useFieldError(`evidence.${index}.quote`);
  const targetError = useFieldError(`evidence.${index}.target`);
  const serverError = quoteError ?? targetError;
  const text = values.sources[span.sourceIndex]?.text ?? "";
  // Never re-anchored: a passage that moved or changed is shown as such for the analyst to decide.
  const stale = text.slice(span.start, span.end) !== span.quote;
  const label = describeTarget(span.target, values, countries, topics);
  return (
    <li className="grid gap-1 rounded-md border p-2 text-sm">
      <div className="flex items-start justify-between gap-2">
        <span className="font-medium">{label}</span>
        <Button variant="ghost" size="icon-sm" aria-label={`Remove the evidence for ${label}: “${span.quote.slice(0, 40)}”`} onClick={onRemove}>
          <X aria-hidden="true" />
        </Button>
      </div>
      <blockquote className="border-l-2 border-primary/60 pl-2 font-serif whitespace-pre-wrap">{span.quote}</blockquote>
      {stale || serverError ? (
        <p className="flex items-center gap-1 text-destructive">
          <TriangleAlert className="size-4" aria-hidden="true" />
          {serverError ?? "This passage is no longer at this place in the source text: select it again or remove it."}
        </p>
      ) : null}
    </li>
  );
}

/** The evidence links drawn from one source, each with its quote and a way to remove it. */
export function EvidenceList({ sourceIndex, values, update }: { sourceIndex: number; values: MeetingFormValues; update: UpdateValues }) {
  const spans = values.evidence.map((span, index) => ({ span, index })).filter(({ span }) => span.sourceIndex === sourceIndex);
  if (spans.length === 0) return <p className="text-sm text-muted-foreground">No evidence linked from this source yet.</p>;
  return (
    <ul className="grid gap-2" aria-label={`Evidence from source ${sourceIndex + 1}`}>
      {spans.map(({ span, index }) => (
        <EvidenceItem key={`${index}-${span.start}-${span.end}`} span={span} index={index} values={values} onRemove={() => update((v) => ({ ...v, evidence: v.evidence.filter((_, i) => i !== index) }))} />
      ))}
    </ul>
  );
}
