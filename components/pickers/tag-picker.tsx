"use client";

import { useId } from "react";
import { ChipsPicker } from "@/components/pickers/chips-picker";
import { foldForSearch, type LookupFunction } from "@/components/pickers/lookup-combobox";

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
  /** Off where a heading already says what the chips are (the meeting page). */
  showLabel?: boolean;
  id?: string;
  error?: string;
  /** Where a chip leads (a saved tag's page). */
  hrefFor?: (tag: string) => string | null;
  /** While a change is being saved. */
  disabled?: boolean;
}) {
  const generated = useId();
  const add = (name: string) => {
    const clean = name.trim();
    if (clean && !value.some((tag) => sameTag(tag, clean))) onAdd(clean);
  };
  return (
    <ChipsPicker
      id={givenId ?? `tags-${generated}`}
      label="Tags"
      noun="tag"
      showLabel={showLabel}
      chips={value.map((tag) => ({ key: tag, name: tag, text: hrefFor ? `#${tag}` : tag, href: hrefFor?.(tag) }))}
      onRemove={onRemove}
      lookup={lookup}
      onSelect={(option) => add(option.label)}
      onCreate={add}
      createLabel={(typed) => `Add new tag “${typed}”`}
      error={error}
      disabled={disabled}
    />
  );
}
