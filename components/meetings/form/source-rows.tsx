"use client";

import { Link2, Plus, Trash2 } from "lucide-react";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { fieldId, useFieldError } from "@/components/meetings/form-fields";
import { EvidenceList } from "@/components/meetings/form/evidence-list";
import { evidenceTargetChoices } from "@/components/meetings/form/evidence-targets";
import { useMeetingFormContext, type UpdateValues } from "@/components/meetings/form/form-context";
import { SourceTextInput, type HighlightedSpan } from "@/components/meetings/form/source-text-input";
import { EMPTY_SOURCE, SOURCE_TEXT_MAX, type MeetingFormValues, type SourceValues } from "@/lib/meetings/form-data";

type SourceField = keyof Omit<SourceValues, "id">;

function SourceBlock({ index, values, update, onRemove, highlight }: { index: number; values: MeetingFormValues; update: UpdateValues; onRemove: () => void; highlight: HighlightedSpan | null }) {
  const { countries, topics } = useMeetingFormContext();
  const source = values.sources[index]!;
  const path = (field: SourceField) => `sources.${index}.${field}`;
  const errors = {
    outlet: useFieldError(path("outlet")),
    url: useFieldError(path("url")),
    title: useFieldError(path("title")),
    publishedOn: useFieldError(path("publishedOn")),
    language: useFieldError(path("language")),
    text: useFieldError(path("text")),
  };
  const set = (field: SourceField, value: string) => update((v) => ({ ...v, sources: v.sources.map((s, i) => (i === index ? { ...s, [field]: value } : s)) }));
  const bind = (field: SourceField, hint = false) => ({
    value: source[field],
    onChange: (e: { target: { value: string } }) => set(field, e.target.value),
    ...fieldControlProps(fieldId(path(field)), { error: errors[field], hint }),
  });
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [selection, setSelection] = useState({ start: 0, end: 0 });
  const choices = evidenceTargetChoices(values, countries, topics);
  const [targetKey, setTargetKey] = useState("");
  const chosen = choices.find((c) => c.key === targetKey) ?? choices[0];
  const selected = source.text.slice(selection.start, selection.end);
  const tooLong = source.text.length > SOURCE_TEXT_MAX;

  const link = () => {
    if (!selected.trim()) {
      toast.error("Select a passage in the source text first.");
      textRef.current?.focus();
      return;
    }
    if (!chosen) return;
    update((v) => ({ ...v, evidence: [...v.evidence, { sourceIndex: index, start: selection.start, end: selection.end, quote: selected, target: chosen.target }] }));
    toast.success(`Passage linked to ${chosen.label}`);
  };

  return (
    <li className="grid gap-3 rounded-md border bg-background/50 p-3">
      <fieldset className="grid gap-3">
        <legend className="sr-only">Source {index + 1}</legend>
        <div className="flex items-center justify-between">
          <p className="text-xs font-semibold tracking-wide text-muted-foreground uppercase" aria-hidden="true">
            Source {index + 1}
          </p>
          <Button variant="ghost" size="sm" onClick={onRemove} aria-label={`Remove source ${index + 1}`}>
            <Trash2 aria-hidden="true" />
            Remove
          </Button>
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id={fieldId(path("outlet"))} label="Outlet" error={errors.outlet}>
            <Input placeholder="e.g. Trend, Xinhua" autoComplete="off" {...bind("outlet")} />
          </Field>
          <Field id={fieldId(path("url"))} label="Web address" error={errors.url}>
            <Input type="url" placeholder="https://" {...bind("url")} />
          </Field>
          <Field id={fieldId(path("title"))} label="Headline" error={errors.title}>
            <Input autoComplete="off" {...bind("title")} />
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field id={fieldId(path("publishedOn"))} label="Published" error={errors.publishedOn}>
              <Input type="date" {...bind("publishedOn")} />
            </Field>
            <Field id={fieldId(path("language"))} label="Language" error={errors.language}>
              <Input autoComplete="off" placeholder="en" {...bind("language")} />
            </Field>
          </div>
        </div>
        <Field
          id={fieldId(path("text"))}
          label="Full text"
          error={errors.text ?? (tooLong ? `The source text can be at most ${SOURCE_TEXT_MAX.toLocaleString("en")} characters; this one has ${source.text.length.toLocaleString("en")}.` : undefined)}
          hint={`Up to ${SOURCE_TEXT_MAX.toLocaleString("en")} characters (${source.text.length.toLocaleString("en")} now). Select a passage to link it as evidence.`}
        >
          <SourceTextInput
            textareaRef={textRef}
            highlight={highlight}
            rows={12}
            onSelect={(e) => setSelection({ start: e.currentTarget.selectionStart, end: e.currentTarget.selectionEnd })}
            {...bind("text", true)}
          />
        </Field>
        <div className="grid gap-2 rounded-md bg-muted/40 p-2">
          <p className="text-sm" aria-live="polite">
            {selected.trim() ? (
              <>
                Selected: <q className="font-serif">{selected.length > 120 ? `${selected.slice(0, 120)}…` : selected}</q>
              </>
            ) : (
              <span className="text-muted-foreground">No passage selected.</span>
            )}
          </p>
          <div className="flex flex-wrap items-end gap-2">
            <div className="grid min-w-48 flex-1 gap-1">
              <label htmlFor={`evidence-target-${index}`} className="text-sm font-medium">
                Link the passage to
              </label>
              <Select id={`evidence-target-${index}`} value={chosen?.key ?? ""} onChange={(e) => setTargetKey(e.target.value)}>
                {choices.map((choice) => (
                  <option key={choice.key} value={choice.key}>
                    {choice.label}
                  </option>
                ))}
              </Select>
            </div>
            <Button type="button" variant="secondary" onClick={link}>
              <Link2 aria-hidden="true" />
              Link passage
            </Button>
          </div>
        </div>
        <EvidenceList sourceIndex={index} values={values} update={update} />
      </fieldset>
    </li>
  );
}

/**
 * The meeting's sources, each with its full text and the evidence drawn from it; `highlight` is
 * the passage a suggestion came from, lit in its source's text while the analyst points at it.
 */
export function SourceRows({ values, update, highlight = null }: { values: MeetingFormValues; update: UpdateValues; highlight?: (HighlightedSpan & { sourceIndex: number }) | null }) {
  const remove = (index: number) =>
    update((v) => ({
      ...v,
      sources: v.sources.filter((_, i) => i !== index),
      evidence: v.evidence.flatMap((span) => (span.sourceIndex === index ? [] : [span.sourceIndex > index ? { ...span, sourceIndex: span.sourceIndex - 1 } : span])),
    }));
  return (
    <div className="grid gap-3">
      {values.sources.length === 0 ? <p className="text-sm text-muted-foreground">No sources yet.</p> : null}
      <ul className="grid gap-3">
        {values.sources.map((source, index) => (
          <SourceBlock key={source.id || `new-${index}`} index={index} values={values} update={update} onRemove={() => remove(index)} highlight={highlight?.sourceIndex === index ? highlight : null} />
        ))}
      </ul>
      <Button variant="outline" size="sm" className="w-fit" onClick={() => update((v) => ({ ...v, sources: [...v.sources, { ...EMPTY_SOURCE }] }))}>
        <Plus aria-hidden="true" />
        Add source
      </Button>
    </div>
  );
}
