"use client";

import { useRouter } from "next/navigation";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { ActionButtonForm } from "@/components/entities/action-button-form";
import { AliasWithSource } from "@/components/entities/alias-list";
import { useActionToast, type FormAction } from "@/components/meetings/detail/use-action-toast";
import type { EntityAlias } from "@/lib/people/queries";

type Values = Record<string, string>;

/**
 * A person's or an organisation's spellings, each with its source, removable; a form to add one
 * with where it was seen. `owner.field` names the id in the forms the actions read.
 */
export function AliasEditor({
  owner,
  aliases,
  sources,
  actions,
}: {
  owner: { field: "personId" | "organizationId"; id: string };
  aliases: EntityAlias[];
  sources: { id: string; label: string }[];
  actions: { add: FormAction<Values>; remove: FormAction<Values> };
}) {
  const router = useRouter();
  const add = useActionToast(actions.add, { [owner.field]: owner.id, alias: "", sourceId: "" }, () => router.refresh());
  const ids = { alias: useId(), aliasError: useId(), source: useId() };
  const error = add.state.status === "invalid" ? (add.state.fieldErrors.alias?.[0] ?? add.state.fieldErrors.sourceId?.[0]) : undefined;
  return (
    <div className="grid gap-3">
      {aliases.length === 0 ? <p className="text-sm text-muted-foreground">No other spellings recorded.</p> : null}
      <ul className="grid gap-2 text-sm [overflow-wrap:anywhere]">
        {aliases.map((a) => (
          <li key={a.id} className="flex items-start justify-between gap-2">
            <AliasWithSource alias={a} />
            <ActionButtonForm action={actions.remove} values={{ aliasId: a.id, [owner.field]: owner.id }} variant="ghost">
              Remove<span className="sr-only"> spelling {a.alias}</span>
            </ActionButtonForm>
          </li>
        ))}
      </ul>
      <form action={add.formAction} className="grid grid-cols-1 gap-1.5 border-t pt-3">
        <input type="hidden" name={owner.field} value={owner.id} />
        <label htmlFor={ids.alias} className="text-sm font-medium">
          Add a spelling
        </label>
        <Input
          id={ids.alias}
          name="alias"
          key={add.state.status === "saved" ? `saved-${add.state.message}` : "typing"}
          defaultValue={add.state.status === "saved" ? "" : add.state.values.alias}
          maxLength={200}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? ids.aliasError : undefined}
        />
        <label htmlFor={ids.source} className="text-sm font-medium">
          Seen in
        </label>
        <select id={ids.source} name="sourceId" defaultValue={add.state.values.sourceId} className="h-9 w-full min-w-0 rounded-md border border-input bg-surface px-2 text-sm">
          <option value="">No source</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        {error ? (
          <p id={ids.aliasError} className="text-sm text-destructive">
            {error}
          </p>
        ) : null}
        <Button type="submit" variant="outline" size="sm" className="w-fit" disabled={add.pending}>
          Add spelling
        </Button>
      </form>
    </div>
  );
}
