"use client";

import { useActionState, type ReactNode, type Ref } from "react";
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
  const [, formAction] = useActionState<SignOutState, FormData>(async (previous, formData) => {
    const state = await action(previous, formData);
    const failure = failureOf(state);
    if (failure) toast.error(failure);
    return state;
  }, idleState({}));
  return (
    <form ref={ref} action={formAction} hidden={hidden} onSubmit={clearAllDeviceCopies}>
      {children}
    </form>
  );
}
