"use client";

import { useRouter } from "next/navigation";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { ActionButtonForm } from "@/components/entities/action-button-form";
import { useActionToast, type FormAction } from "@/components/meetings/detail/use-action-toast";
import type { ActionState } from "@/lib/forms/action-state";

type Values = Record<string, string>;

function FieldError({ id, state, field }: { id: string; state: ActionState<Values>; field: string }) {
  const message = state.status === "invalid" ? state.fieldErrors[field]?.[0] : undefined;
  return message ? (
    <p id={id} className="text-sm text-destructive">
      {message}
    </p>
  ) : null;
}

/** Rename, describe, merge and delete one tag; each form keeps what was typed when it fails. */
export function TagManageForms({
  tag,
  others,
  actions,
}: {
  tag: { id: string; name: string; description: string };
  others: { id: string; name: string }[];
  actions: { rename: FormAction<Values>; describe: FormAction<Values>; merge: FormAction<Values>; delete: FormAction<Values> };
}) {
  const router = useRouter();
  const refresh = () => router.refresh();
  const rename = useActionToast(actions.rename, { id: tag.id, name: tag.name }, refresh);
  const describe = useActionToast(actions.describe, { id: tag.id, description: tag.description }, refresh);
  const merge = useActionToast(actions.merge, { id: tag.id, intoId: "" }, refresh);
  const ids = { name: useId(), nameHelp: useId(), nameError: useId(), description: useId(), into: useId(), intoError: useId() };
  const nameInvalid = rename.state.status === "invalid" && Boolean(rename.state.fieldErrors.name);
  const intoInvalid = merge.state.status === "invalid" && Boolean(merge.state.fieldErrors.intoId);
  return (
    <div className="grid grid-cols-1 gap-4 py-2">
      <form action={rename.formAction} className="grid gap-1.5">
        <input type="hidden" name="id" value={tag.id} />
        <label htmlFor={ids.name} className="text-sm font-medium">
          Name
        </label>
        <div className="flex flex-wrap gap-2">
          <Input id={ids.name} name="name" defaultValue={rename.state.values.name ?? tag.name} maxLength={60} required aria-invalid={nameInvalid || undefined} aria-describedby={nameInvalid ? `${ids.nameHelp} ${ids.nameError}` : ids.nameHelp} className="max-w-xs" />
          <Button type="submit" variant="outline" disabled={rename.pending}>
            Rename
          </Button>
        </div>
        <p id={ids.nameHelp} className="text-sm text-muted-foreground">
          “{tag.name}” stays as a former name: typed later, it still adds this tag.
        </p>
        <FieldError id={ids.nameError} state={rename.state} field="name" />
      </form>
      <form action={describe.formAction} className="grid gap-1.5">
        <input type="hidden" name="id" value={tag.id} />
        <label htmlFor={ids.description} className="text-sm font-medium">
          Description <span className="font-normal text-muted-foreground">(what the tag means)</span>
        </label>
        <div className="flex flex-wrap gap-2">
          <Input id={ids.description} name="description" defaultValue={describe.state.values.description ?? tag.description} maxLength={2000} className="max-w-md" />
          <Button type="submit" variant="outline" disabled={describe.pending}>
            Save description
          </Button>
        </div>
      </form>
      <form action={merge.formAction} className="grid gap-1.5">
        <input type="hidden" name="id" value={tag.id} />
        <label htmlFor={ids.into} className="text-sm font-medium">
          Merge “{tag.name}” into
        </label>
        <div className="flex flex-wrap gap-2">
          <select
            id={ids.into}
            name="intoId"
            defaultValue={merge.state.values.intoId ?? ""}
            required
            aria-invalid={intoInvalid || undefined}
            aria-describedby={intoInvalid ? ids.intoError : undefined}
            className="h-9 w-full min-w-0 max-w-xs rounded-md border border-input bg-surface px-2 text-sm"
          >
            <option value="">Choose a tag…</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <Button type="submit" variant="outline" disabled={merge.pending}>
            Merge
          </Button>
        </div>
        <FieldError id={ids.intoError} state={merge.state} field="intoId" />
      </form>
      <div className="grid gap-1.5">
        <p className="text-sm text-muted-foreground">Only a tag on no meeting (the trash included) can be deleted.</p>
        <ActionButtonForm action={actions.delete} values={{ id: tag.id }} variant="destructive">
          Delete “{tag.name}”
        </ActionButtonForm>
      </div>
    </div>
  );
}
