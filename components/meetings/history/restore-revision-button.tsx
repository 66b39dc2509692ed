"use client";

import { History } from "lucide-react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { useActionToast, type FormAction } from "@/components/meetings/detail/use-action-toast";

/** Writes the shown revision back as the newest one, then shows the current record. */
export function RestoreRevisionButton({
  id,
  revision,
  currentVersion,
  action,
}: {
  id: string;
  revision: number;
  currentVersion: number;
  action: FormAction<Record<string, string>>;
}) {
  const router = useRouter();
  const { formAction, pending } = useActionToast(action, {}, () => router.push(`/meetings/${id}`));
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="revision" value={revision} />
      <input type="hidden" name="version" value={currentVersion} />
      <Button type="submit" disabled={pending}>
        <History aria-hidden="true" />
        {pending ? "Restoring…" : `Restore revision ${revision}`}
      </Button>
    </form>
  );
}
