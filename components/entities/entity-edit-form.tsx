"use client";

import { useRouter } from "next/navigation";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useActionToast, type FormAction } from "@/components/meetings/detail/use-action-toast";

type Values = Record<string, string>;

const LABELS: Record<string, string> = { name: "Name", acronym: "Acronym", countryCode: "Country", wikidataId: "Wikidata id", notes: "Notes" };

/**
 * A person's or an organisation's own fields, saved at the version the page was read at. When
 * someone saved in between, nothing is overwritten: their values are shown beside the analyst's
 * (which stay typed), and saving again, now at their version, replaces theirs deliberately.
 */
export function EntityEditForm({
  noun,
  initial,
  countries,
  action,
}: {
  noun: "person" | "organisation";
  initial: Values;
  countries: { code: string; name: string }[];
  action: FormAction<Values>;
}) {
  const router = useRouter();
  const { state, formAction, pending } = useActionToast(action, initial, () => router.refresh());
  const base = useId();
  const id = (field: string) => `${base}-${field}`;
  const error = (field: string) => (state.status === "invalid" ? state.fieldErrors[field]?.[0] : undefined);
  const theirs = state.status === "conflict" ? (state.current as Values) : null;
  // After a conflict the next save is made on top of the version just read: the analyst has seen theirs.
  const version = theirs?.expectedVersion ?? state.values.expectedVersion ?? initial.expectedVersion;
  const v = (field: string) => state.values[field] ?? initial[field] ?? "";
  const differing = theirs ? Object.keys(LABELS).filter((f) => f in initial && (theirs[f] ?? "") !== v(f)) : [];
  const country = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
  return (
    <form action={formAction} className="grid max-w-xl gap-3 py-2" aria-label={`Edit this ${noun}`}>
      <input type="hidden" name="id" value={initial.id} />
      <input type="hidden" name="expectedVersion" value={version} />
      {theirs ? (
        <div role="alert" className="grid gap-1 rounded-md border border-warning/60 p-3 text-sm">
          <p className="font-medium">Someone else saved this {noun} while you were editing. Nothing was overwritten; your typing is below.</p>
          {differing.length ? (
            <ul className="grid gap-0.5 [overflow-wrap:anywhere]">
              {differing.map((f) => (
                <li key={f}>
                  {LABELS[f]} saved as: {f === "countryCode" ? country(theirs[f] ?? "") || "—" : theirs[f] || "—"}
                </li>
              ))}
            </ul>
          ) : (
            <p>Their save matches yours.</p>
          )}
          <p>Save again to keep yours, or reload the page to start from theirs.</p>
        </div>
      ) : null}
      <Field id={id("name")} label="Name" required error={error("name")}>
        <Input {...fieldControlProps(id("name"), { error: error("name"), required: true })} name="name" defaultValue={v("name")} maxLength={200} required />
      </Field>
      {"acronym" in initial ? (
        <Field id={id("acronym")} label="Acronym" error={error("acronym")}>
          <Input {...fieldControlProps(id("acronym"), { error: error("acronym") })} name="acronym" defaultValue={v("acronym")} maxLength={40} />
        </Field>
      ) : null}
      <Field id={id("countryCode")} label="Country" error={error("countryCode")}>
        <select
          {...fieldControlProps(id("countryCode"), { error: error("countryCode") })}
          name="countryCode"
          defaultValue={v("countryCode")}
          className="h-9 w-full min-w-0 rounded-md border border-input bg-surface px-2 text-sm"
        >
          <option value="">Not recorded</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id("wikidataId")} label="Wikidata id" hint="Like Q42; the item's address works too." error={error("wikidataId")}>
        <Input {...fieldControlProps(id("wikidataId"), { error: error("wikidataId"), hint: true })} name="wikidataId" defaultValue={v("wikidataId")} maxLength={200} className="max-w-48" />
      </Field>
      <Field id={id("notes")} label="Notes" error={error("notes")}>
        <Textarea {...fieldControlProps(id("notes"), { error: error("notes") })} name="notes" defaultValue={v("notes")} maxLength={5000} />
      </Field>
      {state.status === "invalid" && state.fieldErrors._form ? <p className="text-sm text-destructive">{state.fieldErrors._form[0]}</p> : null}
      <Button type="submit" className="w-fit" disabled={pending}>
        Save {noun}
      </Button>
    </form>
  );
}
