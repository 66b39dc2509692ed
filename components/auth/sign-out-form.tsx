"use client";

import { useActionState, useEffect, type ReactNode, type Ref } from "react";
import { toast } from "sonner";
import type { ActionState, NoValues } from "@/lib/forms/action-state";
import { failureOf, idleState } from "@/lib/forms/state-view";
import { clearAllDeviceCopies } from "@/components/meetings/form/device-copy";

type SignOutState = ActionState<NoValues>;
/** Signing out of this session, or of all of them: succeeds by leaving for /sign-in. */
export type SignOutAction = (previous: SignOutState, formData: FormData) => Promise<SignOutState>;

/**
 * A form that signs out, and first clears the meeting forms' copies this browser kept (the next
 * person at this computer must not find them); a failure (say, the server cannot be reached) is said in a toast, since the
 * form may be a hidden one submitted from a menu.
 */
export function SignOutForm({ action, children, hidden, ref }: { action: SignOutAction; children?: ReactNode; hidden?: boolean; ref?: Ref<HTMLFormElement> }) {
  // The server action itself, not a wrapper: the form then posts without JavaScript too, and
  // signing out never depends on the page's scripts having loaded.
  const [state, formAction] = useActionState<SignOutState, FormData>(action, idleState({}));
  useEffect(() => {
    const failure = failureOf(state);
    if (failure) toast.error(failure);
  }, [state]);
  return (
    <form ref={ref} action={formAction} hidden={hidden} onSubmit={clearAllDeviceCopies}>
      {children}
    </form>
  );
}
