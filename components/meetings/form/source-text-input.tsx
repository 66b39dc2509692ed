"use client";

import { useLayoutEffect, useRef, type ComponentProps, type RefObject } from "react";
import { cn } from "@/components/ui/cn";
import { Textarea } from "@/components/ui/textarea";

export interface HighlightedSpan {
  start: number;
  end: number;
  quote: string;
}

// The backdrop must lay out its text exactly as the textarea does, so both share these classes;
// both always keep a vertical scrollbar so their text wraps at the same width.
const SHARED = "font-serif overflow-y-scroll";

/**
 * A source's full text as an editable textarea, with a passage (the one a suggestion came from)
 * highlighted behind it and scrolled into view. A textarea cannot style part of its text, so the
 * highlight is a backdrop copy of the text; it is hidden from assistive technology, which reads
 * the quote on the suggestion itself.
 */
export function SourceTextInput({ highlight, textareaRef, className, value, onScroll, ...props }: ComponentProps<"textarea"> & { highlight: HighlightedSpan | null; textareaRef: RefObject<HTMLTextAreaElement | null> }) {
  const backdropRef = useRef<HTMLDivElement>(null);
  const markRef = useRef<HTMLElement>(null);
  const text = String(value ?? "");
  // A span that no longer matches the text (it was edited after extraction) is not shown.
  const span = highlight && text.slice(highlight.start, highlight.end) === highlight.quote ? highlight : null;

  useLayoutEffect(() => {
    const textarea = textareaRef.current;
    const mark = markRef.current;
    if (!span || !textarea || !mark) return;
    const top = mark.offsetTop - textarea.clientHeight / 3;
    textarea.scrollTop = Math.max(0, top);
    if (backdropRef.current) backdropRef.current.scrollTop = textarea.scrollTop;
  }, [span, textareaRef]);

  return (
    <div className="relative">
      {span ? (
        <div
          ref={backdropRef}
          aria-hidden="true"
          data-source-highlight=""
          className={cn(
            "pointer-events-none absolute inset-0 rounded-md border border-transparent px-3 py-2 text-sm leading-relaxed break-words whitespace-pre-wrap text-transparent",
            SHARED,
          )}
        >
          {text.slice(0, span.start)}
          <mark ref={markRef} className="rounded-sm bg-highlight text-transparent">
            {text.slice(span.start, span.end)}
          </mark>
          {text.slice(span.end)}
        </div>
      ) : null}
      <Textarea
        ref={textareaRef}
        value={value}
        className={cn(SHARED, "relative", span && "bg-transparent", className)}
        onScroll={(event) => {
          if (backdropRef.current) backdropRef.current.scrollTop = event.currentTarget.scrollTop;
          onScroll?.(event);
        }}
        {...props}
      />
    </div>
  );
}
