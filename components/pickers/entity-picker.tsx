"use client";

import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { LookupCombobox, type LookupFunction, type LookupOption } from "@/components/pickers/lookup-combobox";

/** What an entity picker shows as chosen: an existing entity (with how to tell it apart) or a new name. */
export type EntityChoiceView = { kind: "existing"; label: string; hint?: string } | { kind: "new"; name: string } | null;

/** What a picker for one kind of entity takes from the form row it sits in. */
export interface ChoicePickerProps<T> {
  id: string;
  value: T;
  onChange: (next: T) => void;
  lookup: LookupFunction;
  invalid?: boolean;
  describedBy?: string;
}

/** How one kind of entity is found, created and shown. */
export interface EntityPickerConfig {
  placeholder: string;
  createLabel: (typed: string) => string;
  /** Before a new name: "New person:", "New:". */
  newPrefix: string;
  emptyText: string;
  /** A button to clear the choice ("Clear the organisation"); none when the choice is required. */
  clearLabel?: string;
}

/**
 * One existing entity or a new one by name, always the analyst's choice: a type-ahead over names
 * and aliases with "Create new …" for what was typed. People and organisations differ only in
 * their `config` and in what a choice writes back (their own wrappers).
 */
export function EntityPicker({
  id,
  config,
  chosen,
  lookup,
  onPick,
  onCreate,
  onClear,
  initialQuery,
  invalid,
  describedBy,
}: {
  id: string;
  config: EntityPickerConfig;
  chosen: EntityChoiceView;
  lookup: LookupFunction;
  onPick: (option: LookupOption, typed: string) => void;
  onCreate: (typed: string) => void;
  onClear?: () => void;
  initialQuery?: string;
  invalid?: boolean;
  describedBy?: string;
}) {
  return (
    <div className="flex items-start gap-1">
      <LookupCombobox
        id={id}
        lookup={lookup}
        invalid={invalid}
        describedBy={describedBy}
        placeholder={config.placeholder}
        initialQuery={initialQuery}
        onSelect={onPick}
        onCreate={onCreate}
        createLabel={config.createLabel}
      >
        {chosen?.kind === "existing" ? (
          <span>
            <span className="font-medium">{chosen.label}</span>
            {chosen.hint ? <span className="block text-xs text-muted-foreground">{chosen.hint}</span> : null}
          </span>
        ) : chosen?.kind === "new" ? (
          <span>
            {config.newPrefix} <span className="font-medium">{chosen.name}</span>
          </span>
        ) : (
          <span className="text-muted-foreground">{config.emptyText}</span>
        )}
      </LookupCombobox>
      {chosen && onClear && config.clearLabel ? (
        <Button type="button" variant="ghost" size="icon" aria-label={config.clearLabel} onClick={onClear}>
          <X aria-hidden="true" />
        </Button>
      ) : null}
    </div>
  );
}
