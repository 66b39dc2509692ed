"use client";

import { EntityPicker, type ChoicePickerProps, type EntityPickerConfig } from "@/components/pickers/entity-picker";
import { foldForSearch, type LookupOption } from "@/components/pickers/lookup-combobox";

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

const CONFIG: EntityPickerConfig = {
  placeholder: "Type a name or spelling",
  createLabel: (typed) => `Create new person “${typed}”`,
  newPrefix: "New person:",
  emptyText: "Find or add a person…",
};

/** Link a participant to an existing person, or create a new one: always the analyst's choice. */
export function PersonPicker({
  id,
  value,
  onChange,
  lookup,
  invalid,
  describedBy,
}: ChoicePickerProps<PersonChoice>) {
  const [label, ...hint] = value.personLabel.split(" — ");
  return (
    <EntityPicker
      id={id}
      config={CONFIG}
      chosen={value.personId ? { kind: "existing", label: label ?? "", hint: hint.join(" — ") } : value.name ? { kind: "new", name: value.name } : null}
      lookup={lookup}
      invalid={invalid}
      describedBy={describedBy}
      // A name already written (typed, or accepted from the text) is searched for straight away.
      initialQuery={value.personId ? "" : value.name}
      onPick={(option, typed) => onChange({ personId: option.id, personLabel: `${option.label}${option.hint ? ` — ${option.hint}` : ""}`, name: writtenName(typed, option) })}
      onCreate={(typed) => onChange({ personId: "", personLabel: "", name: typed })}
    />
  );
}
