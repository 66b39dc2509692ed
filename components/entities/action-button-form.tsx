"use client";

import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useActionToast, type FormAction } from "@/components/meetings/detail/use-action-toast";

/** One button posting fixed hidden values to a server action; the result is announced in a toast. */
export function ActionButtonForm({
  action,
  values,
  children,
  variant = "outline",
}: {
  action: FormAction<Record<string, string>>;
  values: Record<string, string>;
  children: ReactNode;
  variant?: "outline" | "ghost" | "destructive";
}) {
  const router = useRouter();
  const { formAction, pending } = useActionToast(action, values, () => router.refresh());
  return (
    <form action={formAction}>
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" size="sm" variant={variant} disabled={pending}>
        {children}
      </Button>
    </form>
  );
}
