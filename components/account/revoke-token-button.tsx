"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ActionState, NoValues } from "@/lib/forms/action-state";
import { failureOf, submitFields } from "@/lib/forms/state-view";

export type RevokeAction = (previous: ActionState<NoValues>, formData: FormData) => Promise<ActionState<NoValues>>;

/** Revokes a token at once: the next request made with it is refused. */
export function RevokeTokenButton({ tokenId, tokenName, revokeAction }: { tokenId: string; tokenName: string; revokeAction: RevokeAction }) {
  const [pending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      variant="outline"
      size="sm"
      disabled={pending}
      aria-label={`Revoke ${tokenName}`}
      onClick={() =>
        startTransition(async () => {
          const result = await submitFields(revokeAction, { tokenId });
          if (result.status === "saved") toast.success(result.message);
          else toast.error(failureOf(result) ?? "That did not work.");
        })
      }
    >
      {pending ? "Revoking…" : "Revoke"}
    </Button>
  );
}
