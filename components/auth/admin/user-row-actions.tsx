"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import {
  changeUserRoleAction,
  deactivateUserAction,
  reactivateUserAction,
  resetUserPasswordAction,
} from "@/app/admin/users/actions";
import { TemporaryPassword } from "@/components/auth/admin/temporary-password";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

interface Props {
  user: { id: string; name: string; email: string; role: string; deactivated: boolean };
  isSelf: boolean;
}

/** Role, deactivation and password reset for one account; each change is confirmed with a toast. */
export function UserRowActions({ user, isSelf }: Props) {
  const [pending, startTransition] = useTransition();
  const [temporaryPassword, setTemporaryPassword] = useState<string>();

  function run(action: () => Promise<{ ok?: boolean; message?: string; temporaryPassword?: string }>) {
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        if (result.temporaryPassword) setTemporaryPassword(result.temporaryPassword);
        toast.success(result.message ?? "Saved.");
      } else {
        toast.error(result.message ?? "That did not work.");
      }
    });
  }

  if (isSelf) return <span className="text-sm text-muted-foreground">This is you</span>;
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <Select
          aria-label={`Role of ${user.name}`}
          value={user.role}
          disabled={pending}
          onChange={(event) => run(() => changeUserRoleAction({ userId: user.id, role: event.target.value }))}
          className="w-32"
        >
          <option value="viewer">Viewer</option>
          <option value="analyst">Analyst</option>
          <option value="admin">Admin</option>
        </Select>
        {user.deactivated ? (
          <Button variant="outline" size="sm" disabled={pending} onClick={() => run(() => reactivateUserAction({ userId: user.id }))}>
            Reactivate<span className="sr-only"> {user.name}</span>
          </Button>
        ) : (
          <Button variant="destructive" size="sm" disabled={pending} onClick={() => run(() => deactivateUserAction({ userId: user.id }))}>
            Deactivate<span className="sr-only"> {user.name}</span>
          </Button>
        )}
        <Button variant="outline" size="sm" disabled={pending} onClick={() => run(() => resetUserPasswordAction({ userId: user.id }))}>
          Reset password<span className="sr-only"> of {user.name}</span>
        </Button>
      </div>
      {temporaryPassword ? <TemporaryPassword email={user.email} password={temporaryPassword} verb="reset" /> : null}
    </div>
  );
}
