"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import type { ActionState } from "@/lib/forms/action-state";
import { failureOf, submitFields } from "@/lib/forms/state-view";

type PolicyState = ActionState<Record<string, string>>;

interface Props {
  required: boolean;
  setTwoFactorPolicyAction: (previous: PolicyState, formData: FormData) => Promise<PolicyState>;
}

export function TwoFactorPolicy({ required, setTwoFactorPolicyAction }: Props) {
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-start gap-3 text-sm">
      <input
        type="checkbox"
        className="mt-0.5 size-4 accent-primary"
        checked={required}
        disabled={pending}
        onChange={(event) => {
          const next = event.target.checked;
          startTransition(async () => {
            const result = await submitFields(setTwoFactorPolicyAction, { required: next ? "on" : "off" });
            if (result.status === "saved") toast.success(result.message);
            else toast.error(failureOf(result) ?? "That did not work.");
          });
        }}
      />
      <span>
        <span className="font-medium">Require two-step sign-in for everyone</span>
        <span className="block text-muted-foreground">Accounts without it must set it up before they can use Parley.</span>
      </span>
    </label>
  );
}
