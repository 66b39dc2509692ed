"use client";

import { EntityPicker, type EntityPickerConfig } from "@/components/pickers/entity-picker";
import type { LookupFunction } from "@/components/pickers/lookup-combobox";

/** An organisation: an existing one (organizationId) or a name to find or create on save. */
export interface OrganizationChoice {
  organizationId: string;
  organization: string;
}

const CONFIG: EntityPickerConfig = {
  placeholder: "Type a name, acronym or alias",
  createLabel: (typed) => `New organisation “${typed}”`,
  newPrefix: "New:",
  emptyText: "None",
  clearLabel: "Clear the organisation",
};

/** Pick an organisation by name, acronym or alias, or name a new one. */
export function OrganizationPicker({
  id,
  value,
  onChange,
  lookup,
  invalid,
  describedBy,
}: {
  id: string;
  value: OrganizationChoice;
  onChange: (next: OrganizationChoice) => void;
  lookup: LookupFunction;
  invalid?: boolean;
  describedBy?: string;
}) {
  return (
    <EntityPicker
      id={id}
      config={CONFIG}
      chosen={value.organizationId ? { kind: "existing", label: value.organization } : value.organization ? { kind: "new", name: value.organization } : null}
      lookup={lookup}
      invalid={invalid}
      describedBy={describedBy}
      onPick={(option) => onChange({ organizationId: option.id, organization: option.label })}
      onCreate={(typed) => onChange({ organizationId: "", organization: typed })}
      onClear={() => onChange({ organizationId: "", organization: "" })}
    />
  );
}
