"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { useActionToast, type FormAction } from "@/components/meetings/detail/use-action-toast";

/** Delete asks first, naming the meeting; the record goes to the trash, not away. */
export function DeleteMeetingButton({
  id,
  version,
  title,
  action,
}: {
  id: string;
  version: number;
  title: string;
  action: FormAction<Record<string, string>>;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { formAction, pending } = useActionToast(action, {}, () => {
    setOpen(false);
    router.refresh();
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <Trash2 aria-hidden="true" />
          Delete
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete “{title}”?</DialogTitle>
          <DialogDescription>
            The meeting leaves the table and searches. Its link will say who deleted it and when, and an admin can restore it
            from the trash with its whole history.
          </DialogDescription>
        </DialogHeader>
        <form action={formAction}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline">
                Keep it
              </Button>
            </DialogClose>
            <Button type="submit" variant="destructive" disabled={pending}>
              {pending ? "Deleting…" : "Delete meeting"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
