"use client";

import { useId, useState } from "react";
import { Input } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";
import type { TopicOption } from "@/lib/meetings/options";

/**
 * Topics from the controlled vocabulary as checkboxes with a filter. Filtered-out topics stay in
 * the form (hidden), so a chosen topic is never lost by narrowing the list.
 */
export function TopicPicker({ topics, initial, error }: { topics: TopicOption[]; initial: string[]; error?: string }) {
  const id = useId();
  const [filter, setFilter] = useState("");
  const [chosen, setChosen] = useState(() => new Set(initial));
  const needle = filter.trim().toLocaleLowerCase("en");
  const visible = new Set(topics.filter((topic) => !needle || topic.name.toLocaleLowerCase("en").includes(needle)).map((t) => t.id));

  return (
    <fieldset className="grid gap-2" aria-describedby={error ? `${id}-error` : `${id}-count`}>
      <legend className="mb-1 text-sm font-medium">Topics</legend>
      <div className="flex items-center gap-3">
        <label htmlFor={`${id}-filter`} className="sr-only">
          Filter topics
        </label>
        <Input
          id={`${id}-filter`}
          type="search"
          placeholder="Filter topics"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          className="max-w-72"
        />
        <p id={`${id}-count`} className="text-sm text-muted-foreground" aria-live="polite">
          {chosen.size} chosen
        </p>
      </div>
      <div className="max-h-56 overflow-y-auto rounded-md border p-2">
        {visible.size === 0 ? <p className="p-1 text-sm text-muted-foreground">No topic matches “{filter}”.</p> : null}
        <ul className="grid gap-0.5 sm:grid-cols-2 lg:grid-cols-3">
          {topics.map((topic) => (
            <li key={topic.id} className={cn(!visible.has(topic.id) && "hidden")}>
              <label className="flex items-center gap-2 rounded px-1.5 py-1 text-sm hover:bg-accent">
                <input
                  type="checkbox"
                  name="topicIds"
                  value={topic.id}
                  checked={chosen.has(topic.id)}
                  onChange={(event) => {
                    const next = new Set(chosen);
                    if (event.target.checked) next.add(topic.id);
                    else next.delete(topic.id);
                    setChosen(next);
                  }}
                  className="size-4 accent-primary"
                />
                {topic.name}
              </label>
            </li>
          ))}
        </ul>
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
