"use client";

import { Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { fieldId, useFieldError } from "@/components/meetings/form-fields";
import { EMPTY_PARTICIPANT_ROW, type ParticipantRowValues } from "@/lib/meetings/form-data";
import { SIDE_LABELS, SIDES } from "@/lib/meetings/kinds";
import type { CountryOption } from "@/lib/meetings/options";
import { CountryOptions } from "@/components/meetings/country-options";

function ParticipantRow({
  index,
  row,
  countries,
  onRemove,
}: {
  index: number;
  row: ParticipantRowValues;
  countries: CountryOption[];
  onRemove: () => void;
}) {
  const path = (field: keyof ParticipantRowValues) => `participants.${index}.${field}`;
  const errors = {
    name: useFieldError(path("name")),
    title: useFieldError(path("title")),
    organization: useFieldError(path("organization")),
    countryCode: useFieldError(path("countryCode")),
  };
  return (
    <li className="rounded-md border bg-background/50 p-3">
      <fieldset className="grid gap-3">
        <legend className="sr-only">Participant {index + 1}</legend>
        <div className="flex items-center justify-between">
          <p className="text-xs font-semibold tracking-wide text-muted-foreground uppercase" aria-hidden="true">
            Participant {index + 1}
          </p>
          <Button variant="ghost" size="sm" onClick={onRemove} aria-label={`Remove participant ${index + 1}`}>
            <Trash2 aria-hidden="true" />
            Remove
          </Button>
        </div>
        <div className="grid gap-3 md:grid-cols-2">
          <Field id={fieldId(path("name"))} label="Name" error={errors.name}>
            <Input name={path("name")} defaultValue={row.name} autoComplete="off" {...fieldControlProps(fieldId(path("name")), { error: errors.name })} />
          </Field>
          <Field id={fieldId(path("title"))} label="Title at the time" error={errors.title}>
            <Input name={path("title")} defaultValue={row.title} autoComplete="off" {...fieldControlProps(fieldId(path("title")), { error: errors.title })} />
          </Field>
          <Field id={fieldId(path("organization"))} label="Organisation" error={errors.organization}>
            <Input
              name={path("organization")}
              defaultValue={row.organization}
              autoComplete="off"
              {...fieldControlProps(fieldId(path("organization")), { error: errors.organization })}
            />
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field id={fieldId(path("countryCode"))} label="Country" error={errors.countryCode}>
              <Select name={path("countryCode")} defaultValue={row.countryCode} {...fieldControlProps(fieldId(path("countryCode")), { error: errors.countryCode })}>
                <CountryOptions countries={countries} emptyLabel="—" />
              </Select>
            </Field>
            <Field id={fieldId(path("side"))} label="Side">
              <Select id={fieldId(path("side"))} name={path("side")} defaultValue={row.side}>
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
            name={path("isDelegationLead")}
            defaultChecked={row.isDelegationLead}
            className="size-4 rounded border-input accent-primary"
          />
          Leads their delegation
        </label>
      </fieldset>
    </li>
  );
}

/** Who took part: as many rows as needed, each a person as stated in the source. */
export function ParticipantRows({ initial, countries }: { initial: ParticipantRowValues[]; countries: CountryOption[] }) {
  const [rows, setRows] = useState(() => initial.map((row, i) => ({ key: i, row })));
  const [nextKey, setNextKey] = useState(initial.length);
  const listError = useFieldError("participants");
  return (
    <div className="grid gap-3">
      {listError ? (
        <p id={fieldId("participants")} className="text-sm font-medium text-destructive" tabIndex={-1}>
          {listError}
        </p>
      ) : null}
      {rows.length === 0 ? <p className="text-sm text-muted-foreground">No participants yet.</p> : null}
      <ul className="grid gap-3">
        {rows.map(({ key, row }, index) => (
          <ParticipantRow key={key} index={index} row={row} countries={countries} onRemove={() => setRows(rows.filter((r) => r.key !== key))} />
        ))}
      </ul>
      <Button
        variant="outline"
        size="sm"
        className="w-fit"
        onClick={() => {
          setRows([...rows, { key: nextKey, row: { ...EMPTY_PARTICIPANT_ROW } }]);
          setNextKey(nextKey + 1);
        }}
      >
        <Plus aria-hidden="true" />
        Add participant
      </Button>
    </div>
  );
}
