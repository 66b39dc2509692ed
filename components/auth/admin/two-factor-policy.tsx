"use client";

import { useTransition } from "react";
import { toast } from "sonner";

interface Props {
  required: boolean;
  setTwoFactorPolicyAction: (input: { required: boolean }) => Promise<{ ok?: boolean; message?: string }>;
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
            const result = await setTwoFactorPolicyAction({ required: next });
            if (result.ok) toast.success(result.message ?? "Saved.");
            else toast.error(result.message ?? "That did not work.");
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
