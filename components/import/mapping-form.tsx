"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { useActionToast, type FormAction } from "@/components/meetings/detail/use-action-toast";
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, REQUIRED_FIELDS, type ImportField } from "@/lib/import/fields";
import type { ImportJobView } from "@/lib/import/dto";

type Values = Record<string, string>;

function FieldRow({ field, job, value, error }: { field: ImportField; job: ImportJobView; value: string; error?: string }) {
  const id = useId();
  const errorId = useId();
  const column = value === "" ? undefined : Number(value);
  const example = column === undefined ? "" : job.sample.map((row) => row[column]).find((cell) => cell) ?? "";
  return (
    <div className="grid gap-1 sm:grid-cols-[14rem_16rem_1fr] sm:items-center sm:gap-3">
      <label htmlFor={id} className="text-sm font-medium">
        {IMPORT_FIELD_LABELS[field]}
        {REQUIRED_FIELDS.includes(field) ? <span className="text-muted-foreground"> (required)</span> : null}
      </label>
      <Select id={id} name={`column.${field}`} defaultValue={value} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}>
        <option value="">Not in this file</option>
        {job.headers.map((header, index) => (
          <option key={index} value={String(index)}>
            {header}
          </option>
        ))}
      </Select>
      <p className="truncate text-sm text-muted-foreground">{example ? `e.g. “${example.slice(0, 80)}”` : ""}</p>
      {error ? (
        <p id={errorId} className="text-sm text-destructive sm:col-start-2">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Which column holds which field: guessed from the headers, confirmed (or changed) by the analyst, then checked by a dry run. */
export function MappingForm({ job, confirm }: { job: ImportJobView; confirm: FormAction<Values> }) {
  const initial: Values = { id: job.id, status: job.meetingStatus };
  for (const field of IMPORT_FIELDS) initial[`column.${field}`] = job.columns[field] === undefined ? "" : String(job.columns[field]);
  const { state, formAction, pending } = useActionToast(confirm, initial);
  const values = state.values;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const statusId = useId();
  return (
    <form action={formAction} className="grid gap-3" aria-label="Columns">
      <input type="hidden" name="id" value={job.id} />
      <p className="text-sm text-muted-foreground">
        {job.guessed ? "Parley guessed these from the headers: check each one." : "The columns as confirmed; change them and run the dry run again if needed."}
      </p>
      {IMPORT_FIELDS.map((field) => (
        <FieldRow key={`${field}-${values[`column.${field}`]}`} field={field} job={job} value={values[`column.${field}`] ?? ""} error={errors[`columns.${field}`]?.[0]} />
      ))}
      <div className="grid gap-1 sm:grid-cols-[14rem_16rem_1fr] sm:items-center sm:gap-3">
        <label htmlFor={statusId} className="text-sm font-medium">
          Record the meetings as
        </label>
        <Select id={statusId} name="status" defaultValue={values.status ?? "DRAFT"}>
          <option value="DRAFT">Drafts</option>
          <option value="PUBLISHED">Published</option>
        </Select>
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          Check the rows (dry run)
        </Button>
      </div>
    </form>
  );
}
