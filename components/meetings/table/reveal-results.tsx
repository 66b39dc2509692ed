"use client";

import { createContext, useCallback, useContext, useEffect, useRef } from "react";

/**
 * A facet sits under the table on narrow screens, beside it on wide ones. A facet asks for the
 * table to be revealed once its new rows arrive: when their top is then out of view, the page
 * scrolls back to it and focus moves to the results summary, so the analyst sees (and a screen
 * reader hears) what the click changed, and Tab continues into the table.
 */
const RevealResultsContext = createContext<() => void>(() => {});

export const RevealResultsProvider = RevealResultsContext.Provider;

/** Called by a control below or beside the table before it changes the view. */
export function useRevealResults(): () => void {
  return useContext(RevealResultsContext);
}

// The sticky header's height and a margin: a top hidden under the header is out of view too.
const HEADER_CLEARANCE = 64;

/**
 * The ask and its answer for the table: `reveal` marks the next rows to be revealed, and when
 * `rows` (the server's new result) arrives the region is scrolled to and the summary focused.
 */
export function useRevealOnNewRows(rows: unknown) {
  const region = useRef<HTMLDivElement>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    const top = region.current?.getBoundingClientRect().top;
    if (top === undefined || (top >= HEADER_CLEARANCE && top < window.innerHeight)) return;
    region.current?.scrollIntoView({ block: "start" });
    summary.current?.focus({ preventScroll: true });
  }, [rows]);
  const reveal = useCallback(() => {
    pending.current = true;
  }, []);
  return { region, summary, reveal };
}
