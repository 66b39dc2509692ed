"use client";

import { Undo2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { useActionToast, type FormAction } from "@/components/meetings/detail/use-action-toast";
import { fieldErrorOf } from "@/lib/forms/state-view";
import { REASON_MAX } from "@/lib/review/limits";

/**
 * Return with a reason: the author reads it in the history and their inbox. The reason is this
 * component's own state, so a refusal (an empty reason, someone else's step first) keeps the typing.
 */
export function ReturnDialog({ id, version, title, action }: { id: string; version: number; title: string; action: FormAction<Record<string, string>> }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const { state, formAction, pending } = useActionToast(action, {}, () => {
    setOpen(false);
    setReason("");
  });
  const fieldId = `return-reason-${id}`;
  const error = fieldErrorOf(state, "reason");
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <Undo2 aria-hidden="true" />
          Return
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Return “{title}”</DialogTitle>
          <DialogDescription>It goes back to its author as Returned, with your reason in its history.</DialogDescription>
        </DialogHeader>
        <form action={formAction} className="grid gap-4">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <Field id={fieldId} label="Reason" required error={error} hint="What should the author check or change?">
            <Textarea
              name="reason"
              rows={4}
              maxLength={REASON_MAX}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              {...fieldControlProps(fieldId, { error, hint: true, required: true })}
            />
          </Field>
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline">
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" disabled={pending}>
              {pending ? "Returning…" : "Return with reason"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
