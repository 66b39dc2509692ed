"use client";

import { GitCompareArrows } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useMeetingFormContext } from "@/components/meetings/form/form-context";
import type { CurrentMeeting, MeetingFormValues } from "@/lib/meetings/form-data";
import type { CountryOption, TopicOption } from "@/lib/meetings/options";

type Part = "title" | "kind" | "status" | "date" | "datePrecision" | "place" | "locationCountryCode" | "summary" | "outcome" | "countries" | "participants" | "topicIds" | "tags" | "sources";

const PARTS: { part: Part; label: string }[] = [
  { part: "title", label: "Title" },
  { part: "kind", label: "Kind" },
  { part: "status", label: "Status" },
  { part: "date", label: "Date" },
  { part: "datePrecision", label: "Date known to" },
  { part: "place", label: "Place" },
  { part: "locationCountryCode", label: "Location country" },
  { part: "summary", label: "Summary" },
  { part: "outcome", label: "Outcome" },
  { part: "countries", label: "Countries" },
  { part: "participants", label: "Participants" },
  { part: "topicIds", label: "Topics" },
  { part: "tags", label: "Tags" },
  { part: "sources", label: "Sources and their evidence" },
];

/** Compared without what only the form shows (picker labels), so equal records compare equal. */
function comparable(values: MeetingFormValues, part: Part): string {
  if (part === "participants") return JSON.stringify(values.participants.map(({ personLabel: _l, allowNamesake: _a, ...row }) => row));
  if (part === "sources") return JSON.stringify([values.sources.map(({ id: _id, ...s }) => s), values.evidence]);
  if (part === "topicIds" || part === "tags") return JSON.stringify([...values[part]].sort());
  return JSON.stringify(values[part]);
}

function show(values: MeetingFormValues, part: Part, countries: CountryOption[], topics: TopicOption[]): string {
  const country = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
  switch (part) {
    case "countries":
      return values.countries.map((c) => `${country(c.countryCode)}${c.side ? ` (${c.side.toLowerCase()})` : ""}`).join(", ") || "—";
    case "participants":
      return values.participants.map((p) => [p.name, p.title, p.organization].filter(Boolean).join(", ")).join("; ") || "—";
    case "topicIds":
      return values.topicIds.map((id) => topics.find((t) => t.id === id)?.name ?? id).join(", ") || "—";
    case "tags":
      return values.tags.join(", ") || "—";
    case "sources":
      return values.sources.map((s) => `${s.outlet || "Untitled"} (${s.text.length.toLocaleString("en")} characters)`).join("; ") + ` — ${values.evidence.length} evidence links`;
    case "locationCountryCode":
      return values.locationCountryCode ? country(values.locationCountryCode) : "—";
    default:
      return values[part] || "—";
  }
}

/** Applies the analyst's per-part choices: theirs where chosen, the analyst's own everywhere else. */
export function resolveConflict(mine: MeetingFormValues, theirs: MeetingFormValues, takeTheirs: Set<Part>): MeetingFormValues {
  const merged: MeetingFormValues = { ...mine };
  for (const part of takeTheirs) {
    if (part === "sources") {
      merged.sources = theirs.sources;
      merged.evidence = theirs.evidence;
    } else {
      (merged as unknown as Record<string, unknown>)[part] = theirs[part];
    }
  }
  // Evidence pointing at participants only makes sense with the participant list it was made for.
  if (takeTheirs.has("participants") && !takeTheirs.has("sources")) {
    merged.evidence = merged.evidence.filter((span) => span.target.type !== "participant");
  }
  return merged;
}

/**
 * Someone saved this meeting after the analyst opened it. Every part that differs is shown twice,
 * theirs beside the analyst's, with a choice per part; nothing is applied until the analyst says so,
 * and the resolved values are saved on top of the version just read.
 */
export function ConflictPanel({ mine, current, onResolve }: { mine: MeetingFormValues; current: CurrentMeeting; onResolve: (values: MeetingFormValues, version: number) => void }) {
  const { countries, topics } = useMeetingFormContext();
  const differing = PARTS.filter(({ part }) => comparable(mine, part) !== comparable(current.values, part));
  const [takeTheirs, setTakeTheirs] = useState<Set<Part>>(new Set());
  return (
    <section aria-labelledby="conflict-heading" className="grid gap-3 rounded-lg border border-warning/60 bg-surface p-4">
      <h2 id="conflict-heading" className="flex items-center gap-2 text-base font-semibold">
        <GitCompareArrows className="size-4" aria-hidden="true" />
        Someone else saved this meeting while you were editing
      </h2>
      <p className="text-sm text-muted-foreground">
        Nothing was overwritten and your changes are all still here. For each part that differs, choose which version to keep, then save again.
      </p>
      {differing.length === 0 ? <p className="text-sm">Their save matches yours: save again to keep it.</p> : null}
      <ul className="grid gap-3">
        {differing.map(({ part, label }) => (
          <li key={part}>
            <fieldset className="grid gap-2 rounded-md border p-3">
              <legend className="px-1 text-sm font-medium">{label}</legend>
              <div className="grid gap-2 md:grid-cols-2">
                {(["mine", "theirs"] as const).map((side) => (
                  <label key={side} className="grid cursor-pointer gap-1 rounded-md border p-2 text-sm has-[:checked]:border-primary has-[:checked]:bg-accent/40">
                    <span className="flex items-center gap-2 font-medium">
                      <input
                        type="radio"
                        name={`conflict-${part}`}
                        checked={side === "theirs" ? takeTheirs.has(part) : !takeTheirs.has(part)}
                        onChange={() => {
                          const next = new Set(takeTheirs);
                          if (side === "theirs") next.add(part);
                          else next.delete(part);
                          setTakeTheirs(next);
                        }}
                        className="size-4 accent-primary"
                      />
                      {side === "mine" ? "Keep yours" : "Take the saved version"}
                    </span>
                    <span className="line-clamp-6 whitespace-pre-wrap break-words">{show(side === "mine" ? mine : current.values, part, countries, topics)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
      <Button type="button" className="w-fit" onClick={() => onResolve(resolveConflict(mine, current.values, takeTheirs), current.version)}>
        Use these choices
      </Button>
    </section>
  );
}
