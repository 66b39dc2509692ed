"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useActionToast, type FormAction } from "@/components/meetings/detail/use-action-toast";

/** One review step as a one-button form (send for review, approve, take it): a toast says how it went. */
export function StepButton({
  id,
  version,
  action,
  pendingLabel,
  variant = "outline",
  children,
}: {
  id: string;
  version?: number;
  action: FormAction<Record<string, string>>;
  pendingLabel: string;
  variant?: "outline" | "primary";
  children: ReactNode;
}) {
  // The action revalidates the queue and the meeting page: its answer carries the fresh page.
  const { formAction, pending } = useActionToast(action, {});
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <Button type="submit" variant={variant} size="sm" disabled={pending}>
        {pending ? pendingLabel : children}
      </Button>
    </form>
  );
}
