"use client";

import { useActionState, useCallback } from "react";
import { toast } from "sonner";
import type { ActionState } from "@/lib/forms/action-state";

export type FormAction<V> = (previous: ActionState<V>, formData: FormData) => Promise<ActionState<V>>;

/**
 * useActionState plus one toast per result: success in words, failure with the server's message
 * (and its reference id, when there is one). The toast is raised as the result arrives, not in an
 * effect: the action's own revalidation may remove the button that sent it (a restored row
 * leaves the trash) before an effect could run. `onSaved` runs once per successful submission.
 */
export function useActionToast<V>(action: FormAction<V>, initial: V, onSaved?: (state: ActionState<V>) => void) {
  const run = useCallback(
    async (previous: ActionState<V>, formData: FormData) => {
      const state = await action(previous, formData);
      if (state.status === "saved") {
        toast.success(state.message);
        onSaved?.(state);
      } else if (state.status !== "idle") {
        const reference = state.status === "error" && state.referenceId ? ` (reference ${state.referenceId})` : "";
        toast.error(`${state.message}${reference}`);
      }
      return state;
    },
    [action, onSaved],
  );
  const [state, formAction, pending] = useActionState(run, { status: "idle", values: initial });
  return { state, formAction, pending };
}
