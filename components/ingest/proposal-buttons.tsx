"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { useActionToast, type FormAction } from "@/components/meetings/detail/use-action-toast";

export interface ProposalActions {
  accept: FormAction<Record<string, string>>;
  dismiss: FormAction<Record<string, string>>;
}

/** Accept or dismiss a source a batch proposed to a recorded meeting. */
export function ProposalButtons({ itemId, label, actions }: { itemId: string; label: string; actions: ProposalActions }) {
  const router = useRouter();
  const accept = useActionToast(actions.accept, { item: itemId }, () => router.refresh());
  const dismiss = useActionToast(actions.dismiss, { item: itemId }, () => router.refresh());
  const pending = accept.pending || dismiss.pending;
  return (
    <div className="flex flex-wrap gap-2">
      <form action={accept.formAction}>
        <input type="hidden" name="item" value={itemId} />
        <Button type="submit" size="sm" disabled={pending}>
          Add as a source<span className="sr-only"> ({label})</span>
        </Button>
      </form>
      <form action={dismiss.formAction}>
        <input type="hidden" name="item" value={itemId} />
        <Button type="submit" size="sm" variant="outline" disabled={pending}>
          Dismiss<span className="sr-only"> ({label})</span>
        </Button>
      </form>
    </div>
  );
}
