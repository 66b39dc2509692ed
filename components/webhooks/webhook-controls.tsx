"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import type { ActionState } from "@/lib/forms/action-state";
import { failureOf, submitFields } from "@/lib/forms/state-view";

type ControlState = ActionState<Record<string, string>>;
type ControlAction = (previous: ControlState, formData: FormData) => Promise<ControlState>;

/** The server actions these buttons call, passed in by the page (components never import app/). */
export interface WebhookControlActions {
  setEnabled: ControlAction;
  sendTest: ControlAction;
  remove: ControlAction;
}

/** Send a test, turn the webhook on or off, delete it (after a confirmation). Each ends in a toast. */
export function WebhookControls({ webhook, actions }: { webhook: { id: string; url: string; enabled: boolean }; actions: WebhookControlActions }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);

  function run(action: ControlAction, fields: Record<string, string>, after?: () => void) {
    startTransition(async () => {
      const result = await submitFields(action, { webhookId: webhook.id, ...fields });
      if (result.status === "saved") {
        toast.success(result.message);
        after?.();
      } else {
        toast.error(failureOf(result) ?? "That did not work.");
      }
      router.refresh();
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="outline" size="sm" disabled={pending} onClick={() => run(actions.sendTest, {})}>
        Send test
      </Button>
      <Button variant="outline" size="sm" disabled={pending} onClick={() => run(actions.setEnabled, { enabled: webhook.enabled ? "off" : "on" })}>
        {webhook.enabled ? "Turn off" : "Turn on"}
      </Button>
      <Dialog open={confirming} onOpenChange={setConfirming}>
        <DialogTrigger asChild>
          <Button variant="destructive" size="sm" disabled={pending}>
            Delete
          </Button>
        </DialogTrigger>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Delete this webhook?</DialogTitle>
            <DialogDescription>Nothing more is sent to {webhook.url}, and its delivery log goes with it.</DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">Keep it</Button>
            </DialogClose>
            <Button variant="destructive" disabled={pending} onClick={() => run(actions.remove, {}, () => router.push("/admin/webhooks"))}>
              Delete webhook
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}
