"use client";

import { Plus, X } from "lucide-react";
import Link from "next/link";
import type { Route } from "next";
import { useId } from "react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Label } from "@/components/ui/label";
import { LookupCombobox, foldForSearch, type LookupFunction } from "@/components/pickers/lookup-combobox";

/** Tags compare like the server compares them: case and accents aside ("EU" and "eu" are one). */
export function sameTag(a: string, b: string): boolean {
  return foldForSearch(a.normalize("NFKC").trim()) === foldForSearch(b.normalize("NFKC").trim());
}

/**
 * Tags as removable chips plus a type-ahead that offers existing tags and creates a new one from
 * what was typed: in the meeting form, and inline on the meeting page, where each add or remove
 * is saved at once. `lookup` is passed in (components cannot import server actions).
 */
export function TagPicker({
  value,
  onAdd,
  onRemove,
  lookup,
  label = "Tags",
  showLabel = true,
  id: givenId,
  error,
  hrefFor,
  disabled,
}: {
  value: string[];
  onAdd: (name: string) => void;
  onRemove: (name: string) => void;
  lookup: LookupFunction;
  label?: string;
  /** Off where a heading already says what the chips are (the meeting page). */
  showLabel?: boolean;
  id?: string;
  error?: string;
  /** Where a chip leads (a saved tag's page); plain text when none. */
  hrefFor?: (tag: string) => string | null;
  /** While a change is being saved. */
  disabled?: boolean;
}) {
  const generated = useId();
  const id = givenId ?? `tags-${generated}`;
  const add = (name: string) => {
    const clean = name.trim();
    if (clean && !value.some((tag) => sameTag(tag, clean))) onAdd(clean);
  };
  return (
    <div className="grid gap-1.5">
      {showLabel ? <Label htmlFor={id}>{label}</Label> : null}
      <ul className="flex flex-wrap gap-1.5" aria-label={showLabel ? `Chosen ${label.toLowerCase()}` : label}>
        {value.length === 0 && !showLabel ? <li className="text-sm text-muted-foreground">No {label.toLowerCase()}</li> : null}
        {value.map((tag) => {
          const href = hrefFor?.(tag);
          return (
            <li key={tag}>
              <Badge variant="outline" className="gap-0.5 py-0 pr-0">
                {href ? (
                  <Link href={href as Route} className="rounded-sm underline-offset-2 hover:underline">
                    #{tag}
                  </Link>
                ) : (
                  tag
                )}
                <button
                  type="button"
                  disabled={disabled}
                  className="inline-flex size-6 items-center justify-center rounded-sm hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring print:hidden"
                  aria-label={`Remove tag ${tag}`}
                  onClick={() => onRemove(tag)}
                >
                  <X className="size-3.5" aria-hidden="true" />
                </button>
              </Badge>
            </li>
          );
        })}
      </ul>
      <LookupCombobox
        id={id}
        lookup={lookup}
        placeholder="Type a tag"
        invalid={Boolean(error)}
        describedBy={error ? `${id}-error` : undefined}
        disabled={disabled}
        ariaLabel={showLabel ? undefined : "Add tag"}
        className={cn(!showLabel && "w-fit print:hidden")}
        onSelect={(option) => add(option.label)}
        onCreate={add}
        createLabel={(typed) => `Add new tag “${typed}”`}
      >
        {showLabel ? (
          <span className="text-muted-foreground">Add a tag…</span>
        ) : (
          <span className="flex items-center gap-1.5">
            <Plus className="size-4" aria-hidden="true" />
            {disabled ? "Saving…" : "Add tag"}
          </span>
        )}
      </LookupCombobox>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
