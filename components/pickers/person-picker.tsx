"use client";

import { LookupCombobox, foldForSearch, type LookupFunction, type LookupOption } from "@/components/pickers/lookup-combobox";

/** A participant's link to a person: an existing one (personId) or a new one named `name`. */
export interface PersonChoice {
  personId: string;
  /** What the picker shows for a linked person: canonical name and how to tell them apart. */
  personLabel: string;
  /** The name as written in the source. */
  name: string;
}

/**
 * The name to keep when linking: a full name typed differently from the person's own (another
 * spelling: "Lu Jianchao" for Liu Jianchao) stays as written and becomes an alias on save; a
 * fragment typed only to search ("Liu") gives way to the person's name.
 */
export function writtenName(typed: string, option: LookupOption): string {
  const words = typed.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2 || foldForSearch(option.label).startsWith(foldForSearch(typed.trim()))) return option.label;
  return typed.trim();
}

/** Link a participant to an existing person, or create a new one: always the analyst's choice. */
export function PersonPicker({
  id,
  value,
  onChange,
  lookup,
  invalid,
  describedBy,
}: {
  id: string;
  value: PersonChoice;
  onChange: (next: PersonChoice) => void;
  lookup: LookupFunction;
  invalid?: boolean;
  describedBy?: string;
}) {
  return (
    <LookupCombobox
      id={id}
      lookup={lookup}
      invalid={invalid}
      describedBy={describedBy}
      placeholder="Type a name or alias"
      // A name already written (typed, or accepted from the text) is searched for straight away.
      initialQuery={value.personId ? "" : value.name}
      onSelect={(option, typed) => onChange({ personId: option.id, personLabel: `${option.label}${option.hint ? ` — ${option.hint}` : ""}`, name: writtenName(typed, option) })}
      onCreate={(typed) => onChange({ personId: "", personLabel: "", name: typed })}
      createLabel={(typed) => `Create new person “${typed}”`}
    >
      {value.personId ? (
        <span>
          <span className="font-medium">{value.personLabel.split(" — ")[0]}</span>
          {value.personLabel.includes(" — ") ? <span className="block text-xs text-muted-foreground">{value.personLabel.split(" — ").slice(1).join(" — ")}</span> : null}
        </span>
      ) : value.name ? (
        <span>
          New person: <span className="font-medium">{value.name}</span>
        </span>
      ) : (
        <span className="text-muted-foreground">Find or add a person…</span>
      )}
    </LookupCombobox>
  );
}
