"use client";

import { Plus, Trash2 } from "lucide-react";
import { memo, useCallback } from "react";
import { Button } from "@/components/ui/button";
import { Field, FieldError, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { CountryOptions } from "@/components/meetings/country-options";
import { fieldId, useFieldError } from "@/components/meetings/form-fields";
import { useMeetingFormContext, type UpdateValues } from "@/components/meetings/form/form-context";
import { OrganizationPicker } from "@/components/pickers/organization-picker";
import { PersonPicker } from "@/components/pickers/person-picker";
import { EMPTY_PARTICIPANT_ROW, MAX_FORM_PARTICIPANTS, type ParticipantRowValues } from "@/lib/meetings/form-data";
import { SIDE_LABELS, SIDES } from "@/lib/meetings/kinds";

type RowChange = (index: number, patch: Partial<ParticipantRowValues>) => void;

// Memoised: with 200 participants, typing in one row must not re-render the other 199.
const ParticipantRow = memo(function ParticipantRow({ index, row, onChange, onRemove }: { index: number; row: ParticipantRowValues; onChange: RowChange; onRemove: (index: number) => void }) {
  const { countries, lookups } = useMeetingFormContext();
  const path = (field: string) => `participants.${index}.${field}`;
  const organizationError = useFieldError(path("organization"));
  const organizationIdError = useFieldError(path("organizationId"));
  const errors = {
    personId: useFieldError(path("personId")),
    name: useFieldError(path("name")),
    title: useFieldError(path("title")),
    organization: organizationError ?? organizationIdError,
    countryCode: useFieldError(path("countryCode")),
  };
  const personError = errors.personId ?? errors.name;
  const personFieldId = fieldId(path("personId"));
  return (
    <li className="rounded-md border bg-background/50 p-3">
      <fieldset className="grid gap-3">
        <legend className="sr-only">Participant {index + 1}</legend>
        <div className="flex items-center justify-between">
          <p className="text-xs font-semibold tracking-wide text-muted-foreground uppercase" aria-hidden="true">
            Participant {index + 1}
          </p>
          <Button variant="ghost" size="sm" onClick={() => onRemove(index)} aria-label={`Remove participant ${index + 1}`}>
            <Trash2 aria-hidden="true" />
            Remove
          </Button>
        </div>
        <div className="grid gap-3 md:grid-cols-2">
          <div className="grid content-start gap-1.5">
            <Label htmlFor={personFieldId}>Person</Label>
            <PersonPicker
              id={personFieldId}
              value={row}
              lookup={lookups.people}
              invalid={Boolean(personError)}
              describedBy={personError ? `${personFieldId}-error` : undefined}
              onChange={(choice) => onChange(index, { ...choice, allowNamesake: false })}
            />
            <FieldError id={`${personFieldId}-error`} message={personError} />
            {!row.personId && row.name && (errors.personId || row.allowNamesake) ? (
              <label className="flex w-fit items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={row.allowNamesake}
                  onChange={(e) => onChange(index, { allowNamesake: e.target.checked })}
                  className="size-4 rounded border-input accent-primary"
                />
                A different person of the same name: create them
              </label>
            ) : null}
          </div>
          <Field id={fieldId(path("name"))} label="Name as written in the source" hint={row.personId ? "If the source spells the name differently, that spelling is recorded too." : undefined}>
            <Input
              value={row.name}
              autoComplete="off"
              onChange={(e) => onChange(index, { name: e.target.value })}
              {...fieldControlProps(fieldId(path("name")), { hint: Boolean(row.personId) })}
            />
          </Field>
          <Field id={fieldId(path("title"))} label="Title at the time" error={errors.title}>
            <Input value={row.title} autoComplete="off" onChange={(e) => onChange(index, { title: e.target.value })} {...fieldControlProps(fieldId(path("title")), { error: errors.title })} />
          </Field>
          <div className="grid content-start gap-1.5">
            <Label htmlFor={fieldId(path("organization"))}>Organisation</Label>
            <OrganizationPicker
              id={fieldId(path("organization"))}
              value={row}
              lookup={lookups.organizations}
              invalid={Boolean(errors.organization)}
              onChange={(choice) => onChange(index, choice)}
            />
            <FieldError message={errors.organization} />
          </div>
          <div className="grid grid-cols-2 gap-3">
            <Field id={fieldId(path("countryCode"))} label="Country" error={errors.countryCode}>
              <Select value={row.countryCode} onChange={(e) => onChange(index, { countryCode: e.target.value })} {...fieldControlProps(fieldId(path("countryCode")), { error: errors.countryCode })}>
                <CountryOptions countries={countries} emptyLabel="—" />
              </Select>
            </Field>
            <Field id={fieldId(path("side"))} label="Side">
              <Select id={fieldId(path("side"))} value={row.side} onChange={(e) => onChange(index, { side: e.target.value })}>
                <option value="">—</option>
                {SIDES.map((side) => (
                  <option key={side} value={side}>
                    {SIDE_LABELS[side]}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        </div>
        <label className="flex w-fit items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={row.isDelegationLead}
            onChange={(e) => onChange(index, { isDelegationLead: e.target.checked })}
            className="size-4 rounded border-input accent-primary"
          />
          Leads their delegation
        </label>
      </fieldset>
    </li>
  );
});

/** Who took part: as many rows as needed, each linked to a person by the analyst's choice. */
export function ParticipantRows({ rows, update }: { rows: ParticipantRowValues[]; update: UpdateValues }) {
  const listError = useFieldError("participants");
  const onChange = useCallback<RowChange>(
    (index, patch) => update((v) => ({ ...v, participants: v.participants.map((row, i) => (i === index ? { ...row, ...patch } : row)) })),
    [update],
  );
  const onRemove = useCallback(
    (index: number) =>
      update((v) => ({
        ...v,
        participants: v.participants.filter((_, i) => i !== index),
        // Evidence for this participant goes with them; evidence for later rows follows its row.
        evidence: v.evidence.flatMap((span) => {
          if (span.target.type !== "participant") return [span];
          if (span.target.index === index) return [];
          return [span.target.index > index ? { ...span, target: { ...span.target, index: span.target.index - 1 } } : span];
        }),
      })),
    [update],
  );
  return (
    <div className="grid gap-3">
      {listError ? (
        <p id={fieldId("participants")} className="text-sm font-medium text-destructive" tabIndex={-1}>
          {listError}
        </p>
      ) : null}
      {rows.length === 0 ? <p className="text-sm text-muted-foreground">No participants yet.</p> : null}
      <ul className="grid gap-3">
        {rows.map((row, index) => (
          <ParticipantRow key={index} index={index} row={row} onChange={onChange} onRemove={onRemove} />
        ))}
      </ul>
      <Button
        variant="outline"
        size="sm"
        className="w-fit"
        disabled={rows.length >= MAX_FORM_PARTICIPANTS}
        onClick={() => update((v) => ({ ...v, participants: [...v.participants, { ...EMPTY_PARTICIPANT_ROW }] }))}
      >
        <Plus aria-hidden="true" />
        Add participant
      </Button>
      <p className="text-xs text-muted-foreground">Up to {MAX_FORM_PARTICIPANTS} participants.</p>
    </div>
  );
}
