"use client";

import { Search, X } from "lucide-react";
import { useEffect, useId, useState } from "react";
import type { useQueryStates } from "nuqs";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { MEETING_KIND_LABELS, MEETING_KINDS, MEETING_STATUS_LABELS, MEETING_STATUSES } from "@/lib/meetings/kinds";
import { MAX_SEARCH_LENGTH } from "@/lib/meetings/list-options";
import { hasActiveFilters, readValues, type meetingListParsers, type MeetingListParams } from "@/lib/meetings/list-params";
import type { CountryOption } from "@/lib/meetings/options";
import { CountryOptions } from "@/components/meetings/country-options";

type SetParams = ReturnType<typeof useQueryStates<typeof meetingListParsers>>[1];

const labelClass = "text-xs font-medium text-muted-foreground";

/**
 * Search box and filters. The search is sent when the analyst presses Enter or pauses typing;
 * every other control applies at once. Any change returns to page 1.
 */
export function MeetingsFilters({
  params,
  setParams,
  countries,
  onWantCountries,
  onClear,
  problems,
}: {
  params: MeetingListParams;
  setParams: SetParams;
  countries: CountryOption[];
  /** Asks for the whole country list (it loads after the page; see use-country-options.ts). */
  onWantCountries: () => void;
  onClear: () => void;
  /** What the server could not use in the view, shown beside the search box. */
  problems: string[];
}) {
  const id = useId();
  const [q, setQ] = useState(params.q);
  // Follow the URL when it changes from outside (back button, "Clear filters").
  const [lastUrlQ, setLastUrlQ] = useState(params.q);
  if (params.q !== lastUrlQ) {
    setLastUrlQ(params.q);
    setQ(params.q);
  }

  useEffect(() => {
    if (q === params.q) return;
    const timer = setTimeout(() => void setParams({ q: q.trim() || null, page: null }), 400);
    return () => clearTimeout(timer);
  }, [q, params.q, setParams]);

  const set = (patch: Parameters<SetParams>[0]) => void setParams({ ...patch, page: null });
  const kinds = readValues(params.kind).include;
  const countryValues = readValues(params.country);
  const singleCountry = countryValues.include.length === 1 && countryValues.exclude.length === 0 ? countryValues.include[0]! : "";

  return (
    <div className="grid gap-3 rounded-lg border bg-surface p-3 lg:grid-cols-[minmax(16rem,2fr)_repeat(5,minmax(0,1fr))_auto] lg:items-end">
      <form
        role="search"
        className="grid gap-1"
        onSubmit={(event) => {
          event.preventDefault();
          void setParams({ q: q.trim() || null, page: null });
        }}
      >
        <label htmlFor={`${id}-q`} className={labelClass}>
          Search
        </label>
        <div className="relative">
          <Search className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden="true" />
          <Input
            id={`${id}-q`}
            data-table-search
            type="search"
            value={q}
            onChange={(event) => setQ(event.target.value)}
            maxLength={MAX_SEARCH_LENGTH}
            aria-describedby={problems.length > 0 ? `${id}-q-problems` : `${id}-q-hint`}
            aria-invalid={problems.length > 0 || undefined}
            placeholder='Names, places, "a phrase", OR, -word'

            className="pl-8"
            autoComplete="off"
          />
        </div>
        {problems.length > 0 ? (
          <ul id={`${id}-q-problems`} role="alert" className="text-xs text-destructive">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ) : (
          <p id={`${id}-q-hint`} className="sr-only">
            Use quotes for a phrase, OR between alternatives, and a minus before a word to exclude it.
          </p>
        )}
      </form>
      <div className="grid gap-1">
        <label htmlFor={`${id}-kind`} className={labelClass}>
          Kind
        </label>
        <Select
          id={`${id}-kind`}
          value={kinds.length === 1 && !params.kind?.includes("-") ? kinds[0] : ""}
          onChange={(event) => set({ kind: event.target.value || null })}
        >
          <option value="">{params.kind && !(kinds.length === 1 && !params.kind.includes("-")) ? "Several kinds" : "All kinds"}</option>
          {MEETING_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {MEETING_KIND_LABELS[kind]}
            </option>
          ))}
        </Select>
      </div>
      <div className="grid gap-1">
        <label htmlFor={`${id}-country`} className={labelClass}>
          Country
        </label>
        <Select id={`${id}-country`} value={singleCountry} onFocus={onWantCountries} onPointerEnter={onWantCountries} onChange={(event) => set({ country: event.target.value || null })}>
          <CountryOptions countries={countries} emptyLabel={params.country && !singleCountry ? "Several countries" : "All countries"} />
        </Select>
      </div>
      <div className="grid gap-1">
        <label htmlFor={`${id}-status`} className={labelClass}>
          Status
        </label>
        <Select
          id={`${id}-status`}
          value={MEETING_STATUSES.find((status) => status === params.status) ?? ""}
          onChange={(event) => set({ status: event.target.value || null })}
        >
          <option value="">Any status</option>
          {MEETING_STATUSES.map((status) => (
            <option key={status} value={status}>
              {MEETING_STATUS_LABELS[status]}
            </option>
          ))}
        </Select>
      </div>
      <div className="grid gap-1">
        <label htmlFor={`${id}-from`} className={labelClass}>
          From
        </label>
        <Input id={`${id}-from`} type="date" value={params.from ?? ""} max={params.to ?? undefined} onChange={(event) => set({ from: event.target.value || null })} />
      </div>
      <div className="grid gap-1">
        <label htmlFor={`${id}-to`} className={labelClass}>
          To
        </label>
        <Input id={`${id}-to`} type="date" value={params.to ?? ""} min={params.from ?? undefined} onChange={(event) => set({ to: event.target.value || null })} />
      </div>
      <Button variant="ghost" onClick={onClear} disabled={!hasActiveFilters(params)} className="justify-self-start">
        <X aria-hidden="true" />
        Clear
      </Button>
    </div>
  );
}
