"use client";

import { Undo2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { useActionToast, type FormAction } from "@/components/meetings/detail/use-action-toast";

/** Brings a deleted meeting back, exactly as it was. */
export function UndeleteButton({ id, title, action }: { id: string; title: string; action: FormAction<{ id: string }> }) {
  const router = useRouter();
  const { formAction, pending } = useActionToast(action, { id }, () => router.refresh());
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="outline" size="sm" disabled={pending}>
        <Undo2 aria-hidden="true" />
        {pending ? "Restoring…" : "Restore"}
        <span className="sr-only"> “{title}”</span>
      </Button>
    </form>
  );
}
