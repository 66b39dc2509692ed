"use client";

import { Check, Eye } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useActionToast, type FormAction } from "@/components/meetings/detail/use-action-toast";
import type { WatchState } from "@/lib/watches/dto";
import { WATCH_KIND_LABELS } from "@/lib/watches/kind-labels";

/**
 * Watch or stop watching what a page shows: new and changed meetings of it then come to the inbox.
 * A toggle button: its name stays "Watch …" and aria-pressed says whether it is on. Its state is
 * rendered with the page (the browser asks nothing after); a save turns it at once.
 */
export function WatchToggle({ state: initial, action }: { state: WatchState; action: FormAction<Record<string, string>> }) {
  const [state, setState] = useState(initial);
  const { formAction, pending } = useActionToast(action, {}, (result) => {
    setState((current) => ({ ...current, watching: result.values.watch === "on" }));
  });
  const { kind, key, label, watching } = state;
  return (
    <form action={formAction}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="key" value={key} />
      <input type="hidden" name="watch" value={watching ? "off" : "on"} />
      <Button
        type="submit"
        variant={watching ? "secondary" : "outline"}
        size="sm"
        aria-pressed={watching}
        disabled={pending}
        title={`New and changed meetings of this ${WATCH_KIND_LABELS[kind]} come to your inbox`}
      >
        {watching ? <Check aria-hidden="true" /> : <Eye aria-hidden="true" />}
        Watch<span className="sr-only"> {label}</span>
      </Button>
    </form>
  );
}
