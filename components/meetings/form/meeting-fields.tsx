"use client";

import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { CountryOptions } from "@/components/meetings/country-options";
import { fieldId, useFieldError } from "@/components/meetings/form-fields";
import { useMeetingFormContext, type UpdateValues } from "@/components/meetings/form/form-context";
import type { MeetingFormValues } from "@/lib/meetings/form-data";
import {
  DATE_PRECISION_LABELS,
  DATE_PRECISIONS,
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  MEETING_STATUS_LABELS,
  MEETING_STATUSES,
} from "@/lib/meetings/kinds";

type TextField = "title" | "kind" | "status" | "date" | "datePrecision" | "place" | "locationCountryCode" | "summary" | "outcome";

/** The meeting's own fields: what happened, when, where, and what came of it. */
export function MeetingFields({ values, update, part }: { values: MeetingFormValues; update: UpdateValues; part: "facts" | "narrative" }) {
  const { countries } = useMeetingFormContext();
  const errors = {
    title: useFieldError("title"),
    kind: useFieldError("kind"),
    date: useFieldError("date"),
    place: useFieldError("place"),
    locationCountryCode: useFieldError("locationCountryCode"),
    summary: useFieldError("summary"),
    outcome: useFieldError("outcome"),
  };
  const bind = (field: TextField) => ({
    name: field,
    value: values[field],
    onChange: (event: { target: { value: string } }) => {
      const value = event.target.value;
      update((v) => ({ ...v, [field]: value }));
    },
  });
  const control = (field: keyof typeof errors, hint = false, required = false) => fieldControlProps(fieldId(field), { error: errors[field], hint, required });

  if (part === "narrative") {
    return (
      <>
        <Field id={fieldId("summary")} label="Summary" error={errors.summary} hint="Up to 20,000 characters.">
          <Textarea rows={5} {...bind("summary")} {...control("summary", true)} />
        </Field>
        <Field id={fieldId("outcome")} label="Outcome" error={errors.outcome} hint="Agreements signed, statements issued, next steps.">
          <Textarea rows={3} {...bind("outcome")} {...control("outcome", true)} />
        </Field>
      </>
    );
  }
  return (
    <>
      <Field id={fieldId("title")} label="Title" required error={errors.title}>
        <Input autoComplete="off" {...bind("title")} {...control("title", false, true)} />
      </Field>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id={fieldId("kind")} label="Kind" required error={errors.kind}>
          <Select {...bind("kind")} {...control("kind", false, true)}>
            <option value="">Choose…</option>
            {MEETING_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {MEETING_KIND_LABELS[kind]}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={fieldId("status")} label="Status" hint="When the team reviews before publishing, Published here sends the meeting for review.">
          <Select id={fieldId("status")} {...bind("status")}>
            {/* Only a return step makes a meeting Returned (decision 0043); it shows while it is one. */}
            {MEETING_STATUSES.filter((status) => status !== "RETURNED" || values.status === "RETURNED").map((status) => (
              <option key={status} value={status}>
                {MEETING_STATUS_LABELS[status]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id={fieldId("date")} label="Date" required error={errors.date} hint="When only the month or year is known, pick any day in it and say so.">
          <Input type="date" {...bind("date")} {...control("date", true, true)} />
        </Field>
        <Field id={fieldId("datePrecision")} label="Date known to">
          <Select id={fieldId("datePrecision")} {...bind("datePrecision")}>
            {DATE_PRECISIONS.map((precision) => (
              <option key={precision} value={precision}>
                {DATE_PRECISION_LABELS[precision]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id={fieldId("place")} label="Place" error={errors.place}>
          <Input placeholder="City or venue" {...bind("place")} {...control("place")} />
        </Field>
        <Field id={fieldId("locationCountryCode")} label="Location country" error={errors.locationCountryCode}>
          <Select {...bind("locationCountryCode")} {...control("locationCountryCode")}>
            <CountryOptions countries={countries} emptyLabel="—" />
          </Select>
        </Field>
      </div>
    </>
  );
}
