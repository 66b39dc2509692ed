"use client";

import { LoaderCircle, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { CountryRows } from "@/components/meetings/country-rows";
import { FormErrorsContext, fieldId } from "@/components/meetings/form-fields";
import { ParticipantRows } from "@/components/meetings/participant-rows";
import { TopicPicker } from "@/components/meetings/topic-picker";
import type { MeetingFormState, MeetingFormValues } from "@/lib/meetings/form-data";
import {
  DATE_PRECISION_LABELS,
  DATE_PRECISIONS,
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  MEETING_STATUS_LABELS,
  MEETING_STATUSES,
} from "@/lib/meetings/kinds";
import type { CountryOption, TopicOption } from "@/lib/meetings/options";
import { CountryOptions } from "@/components/meetings/country-options";

type Action = (state: MeetingFormState, formData: FormData) => Promise<MeetingFormState>;

const FIELD_LABELS: Record<string, string> = {
  title: "Title",
  kind: "Kind",
  date: "Date",
  place: "Place",
  locationCountryCode: "Location country",
  summary: "Summary",
  outcome: "Outcome",
  countries: "Countries",
  participants: "Participants",
  topicIds: "Topics",
  tags: "Tags",
};

function labelFor(path: string): string {
  const [head, index, field] = path.split(".");
  if (head === "source") return `Source ${index ?? ""}`.trim();
  if (head === "countries" && index) return `Country ${Number(index) + 1}`;
  if (head === "participants" && index) return `Participant ${Number(index) + 1}${field ? `, ${field === "countryCode" ? "country" : field}` : ""}`;
  return FIELD_LABELS[head ?? ""] ?? path;
}

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent className="grid gap-4">{children}</CardContent>
    </Card>
  );
}

function Fields({ values, errors, countries, topics }: { values: MeetingFormValues; errors: Record<string, string[]>; countries: CountryOption[]; topics: TopicOption[] }) {
  const error = (path: string) => errors[path]?.[0];
  const control = (path: string, hint = false, required = false) => fieldControlProps(fieldId(path), { error: error(path), hint, required });
  return (
    <FormErrorsContext value={errors}>
      <Section title="The meeting" description="What happened, when and where.">
        <Field id={fieldId("title")} label="Title" required error={error("title")}>
          <Input name="title" defaultValue={values.title} autoComplete="off" {...control("title", false, true)} />
        </Field>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id={fieldId("kind")} label="Kind" required error={error("kind")}>
            <Select name="kind" defaultValue={values.kind} {...control("kind", false, true)}>
              <option value="">Choose…</option>
              {MEETING_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {MEETING_KIND_LABELS[kind]}
                </option>
              ))}
            </Select>
          </Field>
          <Field id={fieldId("status")} label="Status">
            <Select name="status" defaultValue={values.status} id={fieldId("status")}>
              {MEETING_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {MEETING_STATUS_LABELS[status]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id={fieldId("date")} label="Date" required error={error("date")} hint="When only the month or year is known, pick any day in it and say so.">
            <Input type="date" name="date" defaultValue={values.date} {...control("date", true, true)} />
          </Field>
          <Field id={fieldId("datePrecision")} label="Date known to">
            <Select name="datePrecision" defaultValue={values.datePrecision} id={fieldId("datePrecision")}>
              {DATE_PRECISIONS.map((precision) => (
                <option key={precision} value={precision}>
                  {DATE_PRECISION_LABELS[precision]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id={fieldId("place")} label="Place" error={error("place")}>
            <Input name="place" defaultValue={values.place} placeholder="City or venue" {...control("place")} />
          </Field>
          <Field id={fieldId("locationCountryCode")} label="Location country" error={error("locationCountryCode")}>
            <Select name="locationCountryCode" defaultValue={values.locationCountryCode} {...control("locationCountryCode")}>
              <CountryOptions countries={countries} emptyLabel="—" />
            </Select>
          </Field>
        </div>
        <CountryRows initial={values.countries} countries={countries} />
      </Section>

      <Section title="Participants" description="People as the source names them, with their title at the time.">
        <ParticipantRows initial={values.participants} countries={countries} />
      </Section>

      <Section title="Topics and tags">
        <TopicPicker topics={topics} initial={values.topicIds} error={error("topicIds")} />
        <Field id={fieldId("tags")} label="Tags" hint="Free labels, separated by commas." error={error("tags") ?? Object.entries(errors).find(([k]) => k.startsWith("tags."))?.[1][0]}>
          <Input name="tags" defaultValue={values.tags} placeholder="e.g. Middle Corridor, follow-up" autoComplete="off" {...control("tags", true)} />
        </Field>
      </Section>

      <Section title="Summary and outcome">
        <Field id={fieldId("summary")} label="Summary" error={error("summary")}>
          <Textarea name="summary" defaultValue={values.summary} rows={5} {...control("summary")} />
        </Field>
        <Field id={fieldId("outcome")} label="Outcome" error={error("outcome")} hint="Agreements signed, statements issued, next steps.">
          <Textarea name="outcome" defaultValue={values.outcome} rows={3} {...control("outcome", true)} />
        </Field>
      </Section>

      <Section title="Source" description="Optional. The article or readout this record is based on.">
        <div className="grid gap-4 md:grid-cols-[1fr_1fr_12rem]">
          <Field id={fieldId("source.outlet")} label="Outlet" error={error("source.outlet")}>
            <Input name="source.outlet" defaultValue={values.source.outlet} placeholder="e.g. Trend, Xinhua" {...control("source.outlet")} />
          </Field>
          <Field id={fieldId("source.url")} label="Web address" error={error("source.url")}>
            <Input type="url" name="source.url" defaultValue={values.source.url} placeholder="https://" {...control("source.url")} />
          </Field>
          <Field id={fieldId("source.publishedOn")} label="Published" error={error("source.publishedOn")}>
            <Input type="date" name="source.publishedOn" defaultValue={values.source.publishedOn} {...control("source.publishedOn")} />
          </Field>
        </div>
        <Field id={fieldId("source.text")} label="Full text" error={error("source.text")}>
          <Textarea name="source.text" defaultValue={values.source.text} rows={8} className="font-serif" {...control("source.text")} />
        </Field>
      </Section>
    </FormErrorsContext>
  );
}

/** The new-meeting form. Validated on the server; on failure the analyst's values come back. */
export function MeetingForm({ action, initial, countries, topics }: { action: Action; initial: MeetingFormState; countries: CountryOption[]; topics: TopicOption[] }) {
  const [state, formAction, pending] = useActionState(action, initial);
  // Remount the fields with the returned values after each failed save (React resets the form).
  const [seen, setSeen] = useState(state);
  const [generation, setGeneration] = useState(0);
  if (seen !== state) {
    setSeen(state);
    setGeneration(generation + 1);
  }
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "idle" && state.status !== "saved") summaryRef.current?.focus();
  }, [state]);

  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const errorList = Object.entries(errors);

  return (
    <form action={formAction} noValidate className="grid gap-5" aria-describedby="form-required-note">
      <p id="form-required-note" className="text-sm text-muted-foreground">
        Fields marked <span className="text-destructive" aria-hidden="true">*</span>
        <span className="sr-only">with an asterisk</span> are required.
      </p>
      {state.status === "invalid" || state.status === "error" || state.status === "conflict" ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="grid scroll-mt-20 gap-2 rounded-lg border border-destructive/50 bg-surface p-4 outline-none focus-visible:outline-2 focus-visible:outline-ring">
          <p className="flex items-center gap-2 font-semibold text-destructive">
            <TriangleAlert className="size-4" aria-hidden="true" />
            {state.message}
          </p>
          {state.status === "error" && state.referenceId ? (
            <p className="text-sm text-muted-foreground">
              Reference: <code className="font-mono text-xs">{state.referenceId}</code>
            </p>
          ) : null}
          {errorList.length > 0 ? (
            <ul className="grid list-disc gap-0.5 pl-6 text-sm">
              {errorList.map(([path, messages]) => (
                <li key={path}>
                  <a href={`#${fieldId(path.startsWith("tags.") ? "tags" : path)}`} className="inline-block min-h-6 leading-6 underline underline-offset-2">
                    {labelFor(path)}: {messages[0]}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <Fields key={generation} values={state.values} errors={errors} countries={countries} topics={topics} />
      <div className="sticky bottom-0 -mx-1 flex items-center justify-end gap-2 border-t bg-background/95 px-1 py-3 backdrop-blur">
        <Button variant="ghost" asChild>
          <Link href="/meetings">Cancel</Link>
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
          {pending ? "Saving…" : "Save meeting"}
        </Button>
      </div>
    </form>
  );
}
