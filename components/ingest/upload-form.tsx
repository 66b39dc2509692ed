"use client";

import { Upload } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useActionToast, type FormAction } from "@/components/meetings/detail/use-action-toast";

const FIELDS = { name: "", outlet: "", published: "", pasted: "" };

/** The upload: a name, a zip or JSONL file or pasted items, and what items that do not say take. */
export function IngestUploadForm({ action, maxItems }: { action: FormAction<Record<string, string>>; maxItems: number }) {
  const { state, formAction, pending } = useActionToast(action, FIELDS);
  const values = state.values;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const error = (name: string) => errors[name]?.join(" ");
  return (
    <form action={formAction} className="grid max-w-3xl gap-4" aria-labelledby="upload-heading">
      <h2 id="upload-heading" className="text-lg font-semibold">
        New batch
      </h2>
      <Field id="ingest-name" label="Batch name" required error={error("name")} hint="How the drafts' history names it, e.g. “Wire, 2 April”.">
        <Input name="name" defaultValue={values.name} required maxLength={120} {...fieldControlProps("ingest-name", { error: error("name"), hint: true, required: true })} />
      </Field>
      <Field id="ingest-file" label="File" error={error("file")} hint={`A .zip of .txt or .html files (one item each), or a .jsonl file of {"text", "outlet", "url", "published"} lines. At most ${maxItems} items.`}>
        <Input type="file" name="file" accept=".zip,.jsonl,.ndjson,application/zip" {...fieldControlProps("ingest-file", { error: error("file"), hint: true })} />
      </Field>
      <Field
        id="ingest-pasted"
        label="Or paste items"
        error={error("pasted")}
        hint="Separate items with a line of three dashes (---). An item may start with Outlet:, URL: and Published: lines."
      >
        <Textarea name="pasted" rows={10} defaultValue={values.pasted} {...fieldControlProps("ingest-pasted", { error: error("pasted"), hint: true })} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="ingest-outlet" label="Outlet" error={error("outlet")} hint="For items that name none.">
          <Input name="outlet" defaultValue={values.outlet} maxLength={200} {...fieldControlProps("ingest-outlet", { error: error("outlet"), hint: true })} />
        </Field>
        <Field id="ingest-published" label="Published on" error={error("published")} hint="For items that give no date of their own.">
          <Input type="date" name="published" defaultValue={values.published} {...fieldControlProps("ingest-published", { error: error("published"), hint: true })} />
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          <Upload aria-hidden="true" />
          {pending ? "Starting…" : "Draft these items"}
        </Button>
      </div>
    </form>
  );
}
