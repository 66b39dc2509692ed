"use client";

import { Plus, X } from "lucide-react";
import { Link } from "@/components/ui/link";
import type { Route } from "next";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Label } from "@/components/ui/label";
import { LookupCombobox, type LookupFunction, type LookupOption } from "@/components/pickers/lookup-combobox";

export interface Chip {
  key: string;
  text: string;
  /** The name in "Remove tag …" when the text adds to it ("#EU"). */
  name?: string;
  /** Where the chip leads (the entity's page); plain text when none. */
  href?: string | null;
}

/**
 * Several choices as removable chips plus a type-ahead to add more (tags, topics). With a visible
 * label it is a form field; without one (`showLabel` off) a compact "Add …" button for pages that
 * save each change at once.
 */
export function ChipsPicker({
  id,
  label,
  noun,
  showLabel = true,
  chips,
  onRemove,
  lookup,
  onSelect,
  onCreate,
  createLabel,
  error,
  disabled,
}: {
  id: string;
  /** "Tags", "Topics": the label, and the chip list's name. */
  label: string;
  /** "tag", "topic": in "Add a tag…", "Remove tag X". */
  noun: string;
  showLabel?: boolean;
  chips: Chip[];
  onRemove: (key: string) => void;
  lookup: LookupFunction;
  onSelect: (option: LookupOption) => void;
  onCreate?: (typed: string) => void;
  createLabel?: (typed: string) => string;
  error?: string;
  disabled?: boolean;
}) {
  return (
    <div className="grid gap-1.5">
      {showLabel ? <Label htmlFor={id}>{label}</Label> : null}
      <ul className="flex flex-wrap gap-1.5" aria-label={showLabel ? `Chosen ${label.toLowerCase()}` : label}>
        {chips.length === 0 && !showLabel ? <li className="text-sm text-muted-foreground">No {label.toLowerCase()}</li> : null}
        {chips.map((chip) => (
          <li key={chip.key}>
            <Badge variant="outline" className="gap-0.5 py-0 pr-0">
              {chip.href ? (
                <Link href={chip.href as Route} className="rounded-sm underline-offset-2 hover:underline">
                  {chip.text}
                </Link>
              ) : (
                chip.text
              )}
              <button
                type="button"
                disabled={disabled}
                className="inline-flex size-6 items-center justify-center rounded-sm hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring print:hidden"
                aria-label={`Remove ${noun} ${chip.name ?? chip.text}`}
                onClick={() => onRemove(chip.key)}
              >
                <X className="size-3.5" aria-hidden="true" />
              </button>
            </Badge>
          </li>
        ))}
      </ul>
      <LookupCombobox
        id={id}
        lookup={lookup}
        placeholder={`Type a ${noun}`}
        invalid={Boolean(error)}
        describedBy={error ? `${id}-error` : undefined}
        disabled={disabled}
        ariaLabel={showLabel ? undefined : `Add ${noun}`}
        className={cn(!showLabel && "w-fit print:hidden")}
        onSelect={onSelect}
        onCreate={onCreate}
        createLabel={createLabel}
      >
        {showLabel ? (
          <span className="text-muted-foreground">Add a {noun}…</span>
        ) : (
          <span className="flex items-center gap-1.5">
            <Plus className="size-4" aria-hidden="true" />
            {disabled ? "Saving…" : `Add ${noun}`}
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
