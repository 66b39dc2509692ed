"use client";

import { Ban } from "lucide-react";
import { useQueryStates } from "nuqs";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";
import { useRevealResults } from "@/components/meetings/table/reveal-results";
import type { FacetValueCount } from "@/lib/meetings/dto";
import { meetingListParsers, readValues, toggleValue, type FacetMode } from "@/lib/meetings/list-params";
// The one zod-free list of facet keys, so the client bundle stays free of the filter schema.
import { FACET_KEYS, FACET_LABELS, type FacetKey } from "@/lib/meetings/search/facet-keys";

const count = new Intl.NumberFormat("en");

/**
 * Counts per facet value for the current result. A value adds itself to its facet (OR); the
 * "not" button excludes it instead. Every change reloads the page's rows through the URL.
 */
export function MeetingFacetPanel({ facets, sampled }: { facets: Record<FacetKey, FacetValueCount[]>; sampled: number | null }) {
  const [pending, startTransition] = useTransition();
  const [params, setParams] = useQueryStates(meetingListParsers, { shallow: false, startTransition, history: "push" });
  const reveal = useRevealResults();
  const choose = (key: FacetKey, value: string, mode: FacetMode) => {
    reveal();
    void setParams({ [key]: toggleValue(params[key], value, mode), page: null });
  };

  return (
    <aside aria-label="Refine by" aria-busy={pending} className={cn("grid content-start gap-4 text-sm", pending && "opacity-70")}>
      {/* One copy of the "not" icon, drawn by every value's button through <use>. */}
      <svg className="hidden">
        <symbol id="facet-not-icon" viewBox="0 0 24 24">
          <Ban />
        </symbol>
      </svg>
      {sampled ? (
        <p className="text-xs text-muted-foreground">Counts among the {count.format(sampled)} most recent matches.</p>
      ) : null}
      {FACET_KEYS.map((key) => {
        const values = facets[key];
        if (values.length === 0) return null;
        const selected = readValues(params[key]);
        return (
          <section key={key} aria-labelledby={`facet-${key}`} className="grid min-w-0 gap-1">
            <h2 id={`facet-${key}`} className="text-xs font-semibold text-muted-foreground uppercase">
              {FACET_LABELS[key]}
            </h2>
            <ul className="grid gap-0.5">
              {values.map((value) => {
                const included = selected.include.includes(value.value);
                const excluded = selected.exclude.includes(value.value);
                return (
                  <li key={value.value} className="flex min-w-0 items-center gap-1">
                    <Button
                      variant={included ? "secondary" : "ghost"}
                      size="sm"
                      aria-pressed={included}
                      className={cn("min-w-0 flex-1 justify-between", excluded && "line-through")}
                      onClick={() => choose(key, value.value, "include")}
                    >
                      <span className="truncate">{value.label}</span>
                      <span className="text-muted-foreground tabular-nums">{count.format(value.count)}</span>
                    </Button>
                    <Button
                      variant={excluded ? "secondary" : "ghost"}
                      size="icon-sm"
                      aria-pressed={excluded}
                      aria-label={`Not ${value.label}`}
                      title={`Not ${value.label}`}
                      onClick={() => choose(key, value.value, "exclude")}
                    >
                      <svg aria-hidden="true">
                        <use href="#facet-not-icon" />
                      </svg>
                    </Button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}

/** Holds the panel's place while counts load, so the table does not jump. */
export function MeetingFacetPanelSkeleton() {
  return (
    <div aria-label="Loading counts" role="status" className="grid content-start gap-2">
      {Array.from({ length: 8 }, (_, index) => (
        <Skeleton key={index} className="h-7" />
      ))}
    </div>
  );
}
