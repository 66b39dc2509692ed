"use client";

import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { LookupCombobox, type LookupFunction } from "@/components/pickers/lookup-combobox";

/** An organisation: an existing one (organizationId) or a name to find or create on save. */
export interface OrganizationChoice {
  organizationId: string;
  organization: string;
}

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
    <div className="flex items-start gap-1">
      <LookupCombobox
        id={id}
        lookup={lookup}
        invalid={invalid}
        describedBy={describedBy}
        placeholder="Type a name, acronym or alias"
        onSelect={(option) => onChange({ organizationId: option.id, organization: option.label })}
        onCreate={(typed) => onChange({ organizationId: "", organization: typed })}
        createLabel={(typed) => `New organisation “${typed}”`}
      >
        {value.organization ? (
          <span>
            {value.organizationId ? null : "New: "}
            <span className="font-medium">{value.organization}</span>
          </span>
        ) : (
          <span className="text-muted-foreground">None</span>
        )}
      </LookupCombobox>
      {value.organization ? (
        <Button type="button" variant="ghost" size="icon" aria-label="Clear the organisation" onClick={() => onChange({ organizationId: "", organization: "" })}>
          <X aria-hidden="true" />
        </Button>
      ) : null}
    </div>
  );
}
