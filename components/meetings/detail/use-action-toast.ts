"use client";

import { useActionState, useEffect, useRef } from "react";
import { toast } from "sonner";
import type { ActionState } from "@/lib/forms/action-state";

export type FormAction<V> = (previous: ActionState<V>, formData: FormData) => Promise<ActionState<V>>;

/**
 * useActionState plus one toast per result: success in words, failure with the server's message
 * (and its reference id, when there is one). `onSaved` runs once per successful submission.
 */
export function useActionToast<V>(action: FormAction<V>, initial: V, onSaved?: (state: ActionState<V>) => void) {
  const [state, formAction, pending] = useActionState(action, { status: "idle", values: initial });
  const shown = useRef<ActionState<V> | null>(null);
  useEffect(() => {
    if (state === shown.current || state.status === "idle") return;
    shown.current = state;
    if (state.status === "saved") {
      toast.success(state.message);
      onSaved?.(state);
    } else {
      const reference = state.status === "error" && state.referenceId ? ` (reference ${state.referenceId})` : "";
      toast.error(`${state.message}${reference}`);
    }
  }, [state, onSaved]);
  return { state, formAction, pending };
}
