"use client";

import { Tag, X } from "lucide-react";
import { useActionState, useEffect, useId, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ActionState } from "@/lib/forms/action-state";

export type BulkTagAction = (previous: ActionState<Record<string, string>>, formData: FormData) => Promise<ActionState<Record<string, string>>>;

const count = new Intl.NumberFormat("en");

/**
 * Adds or removes one tag on the selected meetings, or on all meetings matching the view.
 * Shown to analysts only; the server checks the role again.
 */
export function BulkTagBar({
  selectedIds,
  allMatching,
  total,
  search,
  action,
  onSelectAllMatching,
  onClear,
}: {
  selectedIds: string[];
  allMatching: boolean;
  total: number;
  search: string;
  action: BulkTagAction;
  onSelectAllMatching: () => void;
  onClear: () => void;
}) {
  const id = useId();
  const [tag, setTag] = useState("");
  const [state, formAction, pending] = useActionState(action, { status: "idle", values: {} });
  useEffect(() => {
    if (state.status === "saved") toast.success(state.message);
    else if (state.status !== "idle") toast.error(state.message);
  }, [state]);

  const chosen = allMatching ? total : selectedIds.length;
  if (chosen === 0) return null;
  return (
    <form
      action={formAction}
      aria-label="Tag selected meetings"
      className="flex flex-wrap items-center gap-2 rounded-lg border bg-surface p-2 text-sm"
    >
      <span className="font-medium tabular-nums" role="status">
        {allMatching ? `All ${count.format(total)} matching meetings selected` : `${count.format(chosen)} selected`}
      </span>
      {!allMatching && total > selectedIds.length ? (
        <Button type="button" variant="link" onClick={onSelectAllMatching}>
          Select all {count.format(total)} matching
        </Button>
      ) : null}
      <input type="hidden" name={allMatching ? "view" : "ids"} value={allMatching ? search : selectedIds.join(",")} />
      <label htmlFor={`${id}-tag`} className="sr-only">
        Tag
      </label>
      <Input id={`${id}-tag`} value={tag} onChange={(event) => setTag(event.target.value)} placeholder="Tag" maxLength={60} className="h-8 w-40" />
      <Button type="submit" size="sm" name="add" value={tag} disabled={pending || !tag.trim()}>
        <Tag aria-hidden="true" />
        Add tag
      </Button>
      <Button type="submit" size="sm" variant="outline" name="remove" value={tag} disabled={pending || !tag.trim()}>
        Remove tag
      </Button>
      <Button type="button" size="sm" variant="ghost" onClick={onClear}>
        <X aria-hidden="true" />
        Clear selection
      </Button>
    </form>
  );
}
