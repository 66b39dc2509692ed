"use client";

import { X } from "lucide-react";
import { useMemo } from "react";
import { Badge } from "@/components/ui/badge";
import { Label } from "@/components/ui/label";
import { LookupCombobox, localLookup } from "@/components/pickers/lookup-combobox";

export interface TopicChoice {
  id: string;
  name: string;
}

/**
 * Topics from the controlled vocabulary (small, so matched in the browser, accents aside): chosen
 * ones as removable chips, a type-ahead to add more. No creating: admins curate topics.
 */
export function TopicPicker({
  id,
  topics,
  value,
  onChange,
  error,
}: {
  id: string;
  topics: TopicChoice[];
  value: string[];
  onChange: (next: string[]) => void;
  error?: string;
}) {
  const lookup = useMemo(
    () => localLookup(topics, (topic) => ({ id: topic.id, label: topic.name, hint: "" })),
    [topics],
  );
  const names = new Map(topics.map((topic) => [topic.id, topic.name]));
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>Topics</Label>
      {value.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label="Chosen topics">
          {value.map((topicId) => (
            <li key={topicId}>
              <Badge variant="outline" className="gap-0.5 py-0 pr-0">
                {names.get(topicId) ?? "Unknown topic"}
                <button
                  type="button"
                  className="inline-flex size-6 items-center justify-center rounded-sm hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring"
                  aria-label={`Remove topic ${names.get(topicId) ?? ""}`}
                  onClick={() => onChange(value.filter((t) => t !== topicId))}
                >
                  <X className="size-3.5" aria-hidden="true" />
                </button>
              </Badge>
            </li>
          ))}
        </ul>
      ) : null}
      <LookupCombobox
        id={id}
        lookup={lookup}
        placeholder="Type a topic"
        invalid={Boolean(error)}
        describedBy={error ? `${id}-error` : undefined}
        onSelect={(option) => {
          if (!value.includes(option.id)) onChange([...value, option.id]);
        }}
      >
        <span className="text-muted-foreground">Add a topic…</span>
      </LookupCombobox>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
