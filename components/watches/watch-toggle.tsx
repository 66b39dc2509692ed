"use client";

import { Check, Eye } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { useActionToast, type FormAction } from "@/components/meetings/detail/use-action-toast";
import type { WatchKind } from "@/lib/generated/prisma/enums";
import type { WatchState } from "@/lib/watches/dto";
import { WATCH_KIND_LABELS } from "@/lib/watches/targets";

/** Whether the caller watches it, from the Watch buttons' route (app/(workbench)/watches/state). */
async function askWatchState(kind: WatchKind, key: string): Promise<WatchState | null> {
  const response = await fetch(`/watches/state?kind=${kind}&key=${encodeURIComponent(key)}`, { cache: "no-store" });
  if (!response.ok) return null;
  return (await response.json()) as WatchState | null;
}

/**
 * Watch or stop watching what a page shows: new and changed meetings of it then come to the inbox.
 * A toggle button: its name stays "Watch …" and aria-pressed says whether it is on. Its state is
 * asked for once the page is shown (the page's own statements stay within their budget); until
 * then it waits, disabled (a list that knows it already passes `initial`). Nothing is shown for
 * what cannot be watched.
 */
export function WatchToggle({ kind, id, action, initial }: { kind: WatchKind; id: string; action: FormAction<Record<string, string>>; initial?: WatchState }) {
  const [state, setState] = useState<WatchState | null | undefined>(initial);
  const { formAction, pending } = useActionToast(action, {}, (result) => {
    setState((current) => (current ? { ...current, watching: result.values.watch === "on" } : current));
  });
  const known = Boolean(initial);
  useEffect(() => {
    if (known) return;
    let live = true;
    askWatchState(kind, id)
      .then((found) => live && setState(found))
      .catch(() => live && setState(null));
    return () => {
      live = false;
    };
  }, [kind, id, known]);
  if (state === null) return null;
  const watching = state?.watching ?? false;
  return (
    <form action={formAction}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="key" value={state?.key ?? id} />
      <input type="hidden" name="watch" value={watching ? "off" : "on"} />
      <Button
        type="submit"
        variant={watching ? "secondary" : "outline"}
        size="sm"
        aria-pressed={watching}
        disabled={!state || pending}
        title={`New and changed meetings of this ${WATCH_KIND_LABELS[kind]} come to your inbox`}
      >
        {watching ? <Check aria-hidden="true" /> : <Eye aria-hidden="true" />}
        Watch{state ? <span className="sr-only"> {state.label}</span> : null}
      </Button>
    </form>
  );
}
