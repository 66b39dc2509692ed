"use client";

import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FieldError, fieldControlProps } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { CountryOptions } from "@/components/meetings/country-options";
import { fieldId, useFieldError } from "@/components/meetings/form-fields";
import { useMeetingFormContext, type UpdateValues } from "@/components/meetings/form/form-context";
import { EMPTY_COUNTRY_ROW, type CountryRowValues } from "@/lib/meetings/form-data";
import { SIDE_LABELS, SIDES } from "@/lib/meetings/kinds";

function CountryRow({ index, row, onChange, onRemove }: { index: number; row: CountryRowValues; onChange: (row: CountryRowValues) => void; onRemove?: () => void }) {
  const { countries } = useMeetingFormContext();
  const codePath = `countries.${index}.countryCode`;
  const codeError = useFieldError(codePath);
  const sideId = fieldId(`countries.${index}.side`);
  return (
    <li className="grid gap-1">
      <div className="grid grid-cols-[minmax(0,1fr)_10rem_auto] items-center gap-2">
        <label htmlFor={fieldId(codePath)} className="sr-only">
          Country {index + 1}
        </label>
        <Select value={row.countryCode} onChange={(e) => onChange({ ...row, countryCode: e.target.value })} {...fieldControlProps(fieldId(codePath), { error: codeError })}>
          <CountryOptions countries={countries} emptyLabel="Choose a country…" />
        </Select>
        <label htmlFor={sideId} className="sr-only">
          Side of country {index + 1}
        </label>
        <Select id={sideId} value={row.side} onChange={(e) => onChange({ ...row, side: e.target.value })}>
          <option value="">Side…</option>
          {SIDES.map((side) => (
            <option key={side} value={side}>
              {SIDE_LABELS[side]}
            </option>
          ))}
        </Select>
        <Button variant="ghost" size="icon-sm" aria-label={`Remove country ${index + 1}`} onClick={onRemove} disabled={!onRemove}>
          <Trash2 aria-hidden="true" />
        </Button>
      </div>
      <FieldError id={`${fieldId(codePath)}-error`} message={codeError} />
    </li>
  );
}

/** The countries of the meeting with their sides; at least one is required. */
export function CountryRows({ rows, update }: { rows: CountryRowValues[]; update: UpdateValues }) {
  const listError = useFieldError("countries");
  const setRow = (index: number, row: CountryRowValues) => update((v) => ({ ...v, countries: v.countries.map((r, i) => (i === index ? row : r)) }));
  const remove = (index: number) =>
    update((v) => {
      const code = v.countries[index]?.countryCode;
      return {
        ...v,
        countries: v.countries.filter((_, i) => i !== index),
        // A passage cannot support a country the meeting no longer lists.
        evidence: v.evidence.filter((span) => !(span.target.type === "country" && span.target.countryCode === code)),
      };
    });
  return (
    <fieldset className="grid gap-2" aria-describedby={listError ? `${fieldId("countries")}-error` : undefined}>
      <legend className="mb-2 text-sm font-medium">
        Countries<span className="ml-0.5 text-destructive" aria-hidden="true">*</span>
        <span className="ml-2 font-normal text-muted-foreground">at least one, with its side</span>
      </legend>
      <ul className="grid gap-2" id={fieldId("countries")} tabIndex={-1}>
        {rows.map((row, index) => (
          <CountryRow key={index} index={index} row={row} onChange={(next) => setRow(index, next)} onRemove={rows.length > 1 ? () => remove(index) : undefined} />
        ))}
      </ul>
      <FieldError id={`${fieldId("countries")}-error`} message={listError} />
      <Button variant="outline" size="sm" className="w-fit" onClick={() => update((v) => ({ ...v, countries: [...v.countries, { ...EMPTY_COUNTRY_ROW }] }))}>
        <Plus aria-hidden="true" />
        Add country
      </Button>
    </fieldset>
  );
}
