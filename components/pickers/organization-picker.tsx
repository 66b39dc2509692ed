"use client";

import { EntityPicker, type ChoicePickerProps, type EntityPickerConfig } from "@/components/pickers/entity-picker";

/** An organisation: an existing one (organizationId) or a name to find or create on save. */
export interface OrganizationChoice {
  organizationId: string;
  organization: string;
}

const CONFIG: EntityPickerConfig = {
  placeholder: "Type a name, acronym or spelling",
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
}: ChoicePickerProps<OrganizationChoice>) {
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
