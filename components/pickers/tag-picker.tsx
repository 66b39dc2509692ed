"use client";

import { X } from "lucide-react";
import { useId } from "react";
import { Badge } from "@/components/ui/badge";
import { Label } from "@/components/ui/label";
import { LookupCombobox, foldForSearch, type LookupFunction } from "@/components/pickers/lookup-combobox";

/** Tags compare like the server compares them: case and accents aside ("EU" and "eu" are one). */
function sameTag(a: string, b: string): boolean {
  return foldForSearch(a.normalize("NFKC").trim()) === foldForSearch(b.normalize("NFKC").trim());
}

/**
 * Tags as removable chips plus a type-ahead that offers existing tags and creates a new one from
 * what was typed. `lookup` is passed in (components cannot import server actions).
 */
export function TagPicker({
  value,
  onChange,
  lookup,
  label = "Tags",
  id: givenId,
  error,
}: {
  value: string[];
  onChange: (next: string[]) => void;
  lookup: LookupFunction;
  label?: string;
  id?: string;
  error?: string;
}) {
  const generated = useId();
  const id = givenId ?? `tags-${generated}`;
  const add = (name: string) => {
    const clean = name.trim();
    if (clean && !value.some((tag) => sameTag(tag, clean))) onChange([...value, clean]);
  };
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {value.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label={`Chosen ${label.toLowerCase()}`}>
          {value.map((tag) => (
            <li key={tag}>
              <Badge variant="outline" className="gap-0.5 py-0 pr-0">
                {tag}
                <button
                  type="button"
                  className="inline-flex size-6 items-center justify-center rounded-sm hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring"
                  aria-label={`Remove tag ${tag}`}
                  onClick={() => onChange(value.filter((t) => t !== tag))}
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
        placeholder="Type a tag"
        invalid={Boolean(error)}
        describedBy={error ? `${id}-error` : undefined}
        onSelect={(option) => add(option.label)}
        onCreate={add}
        createLabel={(typed) => `Add new tag “${typed}”`}
      >
        <span className="text-muted-foreground">Add a tag…</span>
      </LookupCombobox>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
