"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { TemporaryPassword } from "@/components/auth/admin/temporary-password";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Select } from "@/components/ui/select";
import type { ActionState } from "@/lib/forms/action-state";
import { failureOf, submitFields } from "@/lib/forms/state-view";

type RowState = ActionState<Record<string, string>, unknown, { temporaryPassword: string }>;
type UserAction = (previous: RowState, formData: FormData) => Promise<RowState>;

/** The server actions this row calls, passed in by the page (components never import app/). */
export interface UserRowActionHandlers {
  changeRole: UserAction;
  deactivate: UserAction;
  reactivate: UserAction;
  resetPassword: UserAction;
  resetTwoFactor: UserAction;
}

interface Props {
  user: { id: string; name: string; email: string; role: string; deactivated: boolean; twoFactorEnabled: boolean };
  isSelf: boolean;
  actions: UserRowActionHandlers;
  temporaryPasswordHours: number;
}

const ROLE_LABELS: Record<string, string> = { viewer: "Viewer", analyst: "Analyst", admin: "Admin" };

/**
 * Role, deactivation, password and two-step resets for one account; each change ends in a toast.
 * A role change is confirmed in a dialog first: a stray arrow key on the select must not demote anyone.
 */
export function UserRowActions({ user, isSelf, actions, temporaryPasswordHours }: Props) {
  const [pending, startTransition] = useTransition();
  const [temporaryPassword, setTemporaryPassword] = useState<string>();
  const [proposedRole, setProposedRole] = useState<string | null>(null);

  function run(action: UserAction, fields: Record<string, string> = {}) {
    startTransition(async () => {
      const result = await submitFields(action, { userId: user.id, ...fields });
      if (result.status === "saved") {
        if (result.result) setTemporaryPassword(result.result.temporaryPassword);
        toast.success(result.message);
      } else {
        toast.error(failureOf(result) ?? "That did not work.");
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
          onChange={(event) => setProposedRole(event.target.value)}
          className="w-32"
        >
          <option value="viewer">Viewer</option>
          <option value="analyst">Analyst</option>
          <option value="admin">Admin</option>
        </Select>
        {user.deactivated ? (
          <Button variant="outline" size="sm" disabled={pending} onClick={() => run(actions.reactivate)}>
            Reactivate<span className="sr-only"> {user.name}</span>
          </Button>
        ) : (
          <Button variant="destructive" size="sm" disabled={pending} onClick={() => run(actions.deactivate)}>
            Deactivate<span className="sr-only"> {user.name}</span>
          </Button>
        )}
        <Button variant="outline" size="sm" disabled={pending} onClick={() => run(actions.resetPassword)}>
          Reset password<span className="sr-only"> of {user.name}</span>
        </Button>
        {user.twoFactorEnabled ? (
          <Button variant="outline" size="sm" disabled={pending} onClick={() => run(actions.resetTwoFactor)}>
            Reset two-step sign-in<span className="sr-only"> of {user.name}</span>
          </Button>
        ) : null}
      </div>
      {temporaryPassword ? <TemporaryPassword email={user.email} password={temporaryPassword} verb="reset" hours={temporaryPasswordHours} /> : null}
      <Dialog open={proposedRole !== null} onOpenChange={(open) => (open ? undefined : setProposedRole(null))}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Change the role of {user.name}?</DialogTitle>
            <DialogDescription>
              From {ROLE_LABELS[user.role] ?? user.role} to {ROLE_LABELS[proposedRole ?? ""] ?? proposedRole}. It applies from their next request.
            </DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">Cancel</Button>
            </DialogClose>
            <Button
              onClick={() => {
                const role = proposedRole;
                setProposedRole(null);
                if (role) run(actions.changeRole, { role });
              }}
            >
              Change role
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}
