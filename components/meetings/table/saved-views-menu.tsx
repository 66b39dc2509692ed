"use client";

import { Bookmark, Trash2, Users } from "lucide-react";
import { Link } from "@/components/ui/link";
import { Fragment, useActionState, useEffect, useId, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ActionState } from "@/lib/forms/action-state";
import type { SavedViewItem } from "@/lib/views/dto";

type ViewAction = (previous: ActionState<Record<string, string>>, formData: FormData) => Promise<ActionState<Record<string, string>>>;

function useToastOnResult(state: ActionState<Record<string, string>>, onSaved?: () => void) {
  useEffect(() => {
    if (state.status === "saved") {
      toast.success(state.message);
      onSaved?.();
    } else if (state.status === "error") toast.error(state.message);
    // onSaved is a fresh closure each render; the state object alone marks a new result.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
}

function DeleteViewButton({ view, action }: { view: SavedViewItem; action: ViewAction }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle", values: {} });
  useToastOnResult(state);
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={view.id} />
      <Button type="submit" variant="ghost" size="icon-sm" disabled={pending} aria-label={`Delete view “${view.name}”`}>
        <Trash2 aria-hidden="true" />
      </Button>
    </form>
  );
}

/** Saved views: open one from the menu, save the current view, delete one's own. */
export function SavedViewsMenu({
  views,
  search,
  saveAction,
  deleteAction,
}: {
  views: SavedViewItem[];
  search: string;
  saveAction: ViewAction;
  deleteAction: ViewAction;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(saveAction, { status: "idle", values: {} });
  useToastOnResult(state, () => setOpen(false));
  const nameError = state.status === "invalid" ? (state.fieldErrors.name?.[0] ?? state.message) : undefined;
  const mine = views.filter((view) => view.mine);

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="sm">
            <Bookmark aria-hidden="true" />
            Views
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="min-w-56">
          {views.length === 0 ? <DropdownMenuLabel>No saved views yet</DropdownMenuLabel> : null}
          {/* The server lists the caller's own views first, then colleagues' shared ones. */}
          {views.map((view, index) => (
            <Fragment key={view.id}>
              {!view.mine && (index === 0 || views[index - 1]!.mine) ? (
                <DropdownMenuLabel className="text-xs font-normal text-muted-foreground">Shared by colleagues</DropdownMenuLabel>
              ) : null}
              <DropdownMenuItem asChild>
                <Link href={`/meetings?${view.query}`}>
                  {view.shared ? <Users aria-label="Shared" /> : null}
                  <span className="truncate">{view.name}</span>
                  {view.mine ? null : <span className="ml-auto text-xs text-muted-foreground">{view.owner}</span>}
                </Link>
              </DropdownMenuItem>
            </Fragment>
          ))}
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => setOpen(true)}>Save this view…</DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Save this view</DialogTitle>
            <DialogDescription>The search, filters, sort, page size and columns, under a name.</DialogDescription>
          </DialogHeader>
          <form action={formAction} className="grid gap-4">
            <input type="hidden" name="query" value={search} />
            <Field id={`${id}-name`} label="Name" required error={nameError}>
              <Input
                name="name"
                maxLength={80}
                defaultValue={state.values.name ?? ""}
                {...fieldControlProps(`${id}-name`, { error: nameError, required: true })}
              />
            </Field>
            <label className="flex items-center gap-2 text-sm">
              <Checkbox name="shared" defaultChecked={state.values.shared === "on"} />
              Share with the team
            </label>
            <DialogFooter>
              <Button type="submit" disabled={pending}>
                Save view
              </Button>
            </DialogFooter>
          </form>
          {mine.length > 0 ? (
            <ul aria-label="Delete your views" className="grid gap-1 text-sm">
              {mine.map((view) => (
                <li key={view.id} className="flex items-center justify-between gap-2">
                  <span className="truncate">{view.name}</span>
                  <DeleteViewButton view={view} action={deleteAction} />
                </li>
              ))}
            </ul>
          ) : null}
        </DialogContent>
      </Dialog>
    </>
  );
}
