"use client";

import { CheckCheck } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useActionToast, type FormAction } from "@/components/meetings/detail/use-action-toast";

type Action = FormAction<Record<string, string>>;

/** Marks one item read (`id`), or all of them; the action refreshes the layout, the header's count with it. */
export function MarkReadButton({ id, label, action }: { id?: string; label: string; action: Action }) {
  const { formAction, pending } = useActionToast(action, {});
  return (
    <form action={formAction}>
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <Button type="submit" variant={id ? "ghost" : "outline"} size="sm" disabled={pending}>
        {id ? null : <CheckCheck aria-hidden="true" />}
        {label}
      </Button>
    </form>
  );
}
