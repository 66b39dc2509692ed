"use client";

import { cn } from "@/components/ui/cn";
import { useIsLit } from "@/components/meetings/detail/evidence-context";
import type { ViewSegment } from "@/lib/meetings/detail/meeting-view";

/**
 * A source's full text with its evidence spans marked. A span lights up when what it supports is
 * pointed at or focused elsewhere on the page, and then says so in words beside it.
 */
export function SourceText({ segments }: { segments: ViewSegment[] }) {
  return (
    <div className="max-w-[75ch] font-serif text-[0.95rem] leading-7 whitespace-pre-wrap">
      {segments.map((segment, i) => (segment.evidence ? <EvidenceMark key={i} segment={segment} /> : <span key={i}>{segment.text}</span>))}
    </div>
  );
}

function EvidenceMark({ segment }: { segment: ViewSegment }) {
  const refs = segment.evidence ?? [];
  const lit = useIsLit(refs.map((ref) => ref.key));
  const supports = refs.map((ref) => ref.label).join(", ");
  return (
    <>
      <mark
        data-evidence={refs.map((ref) => ref.key).join(" ")}
        title={`Evidence for ${supports}`}
        className={cn("rounded-sm bg-highlight text-highlight-foreground", lit && "underline decoration-2 outline-2 outline-offset-1 outline-primary")}
      >
        {segment.text}
        <span className="sr-only"> (evidence for {supports})</span>
      </mark>
      {lit ? (
        <span aria-hidden="true" data-evidence-label="" className="ml-1 rounded bg-primary px-1 py-0.5 font-sans text-[0.7rem] text-primary-foreground">
          {supports}
        </span>
      ) : null}
    </>
  );
}
