"use client";

import { Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldError, fieldControlProps } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { fieldId, useFieldError } from "@/components/meetings/form-fields";
import { EMPTY_COUNTRY_ROW, type CountryRowValues } from "@/lib/meetings/form-data";
import { SIDE_LABELS, SIDES } from "@/lib/meetings/kinds";
import type { CountryOption } from "@/lib/meetings/options";
import { CountryOptions } from "@/components/meetings/country-options";

function CountryRow({
  index,
  row,
  countries,
  onRemove,
}: {
  index: number;
  row: CountryRowValues;
  countries: CountryOption[];
  onRemove?: () => void;
}) {
  const codePath = `countries.${index}.countryCode`;
  const codeError = useFieldError(codePath);
  const sideId = fieldId(`countries.${index}.side`);
  return (
    <li className="grid gap-1">
      <div className="grid grid-cols-[minmax(0,1fr)_10rem_auto] items-center gap-2">
        <label htmlFor={fieldId(codePath)} className="sr-only">
          Country {index + 1}
        </label>
        <Select name={codePath} defaultValue={row.countryCode} {...fieldControlProps(fieldId(codePath), { error: codeError })}>
          <CountryOptions countries={countries} emptyLabel="Choose a country…" />
        </Select>
        <label htmlFor={sideId} className="sr-only">
          Side of country {index + 1}
        </label>
        <Select id={sideId} name={`countries.${index}.side`} defaultValue={row.side}>
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
export function CountryRows({ initial, countries }: { initial: CountryRowValues[]; countries: CountryOption[] }) {
  const [rows, setRows] = useState(() => initial.map((row, i) => ({ key: i, row })));
  const [nextKey, setNextKey] = useState(initial.length);
  const listError = useFieldError("countries");
  return (
    <fieldset className="grid gap-2" aria-describedby={listError ? `${fieldId("countries")}-error` : undefined}>
      <legend className="mb-2 text-sm font-medium">
        Countries<span className="ml-0.5 text-destructive" aria-hidden="true">*</span>
        <span className="ml-2 font-normal text-muted-foreground">at least one, with its side</span>
      </legend>
      <ul className="grid gap-2" id={fieldId("countries")} tabIndex={-1}>
        {rows.map(({ key, row }, index) => (
          <CountryRow
            key={key}
            index={index}
            row={row}
            countries={countries}
            onRemove={rows.length > 1 ? () => setRows(rows.filter((r) => r.key !== key)) : undefined}
          />
        ))}
      </ul>
      <FieldError id={`${fieldId("countries")}-error`} message={listError} />
      <Button
        variant="outline"
        size="sm"
        className="w-fit"
        onClick={() => {
          setRows([...rows, { key: nextKey, row: { ...EMPTY_COUNTRY_ROW } }]);
          setNextKey(nextKey + 1);
        }}
      >
        <Plus aria-hidden="true" />
        Add country
      </Button>
    </fieldset>
  );
}
