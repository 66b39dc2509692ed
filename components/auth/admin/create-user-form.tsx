"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { SubmitButton } from "@/components/auth/submit-button";
import { TemporaryPassword } from "@/components/auth/admin/temporary-password";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ActionState } from "@/lib/forms/action-state";
import { failureOf, fieldErrorOf, idleState } from "@/lib/forms/state-view";

type CreateUserState = ActionState<Record<string, string>, unknown, { temporaryPassword: string; email?: string }>;

interface Props {
  createUserAction: (previous: CreateUserState, formData: FormData) => Promise<CreateUserState>;
  temporaryPasswordHours: number;
}

export function CreateUserForm({ createUserAction, temporaryPasswordHours }: Props) {
  const [state, action] = useActionState<CreateUserState, FormData>(createUserAction, idleState({ name: "", email: "", role: "analyst" }));
  const error = (field: string) => fieldErrorOf(state, field);
  const created = state.status === "saved" ? state.result : undefined;
  // A fresh, empty form after each success; the typed values survive a failure.
  const formKey = created?.email ?? "form";
  const typed = created ? undefined : state.values;
  return (
    <div className="grid gap-4">
      {created ? <TemporaryPassword email={created.email ?? ""} password={created.temporaryPassword} verb="created" hours={temporaryPasswordHours} /> : null}
      <form key={formKey} action={action} className="grid gap-4 sm:grid-cols-[1fr_1fr_10rem_auto] sm:items-start" noValidate>
        <div className="sm:col-span-4">
          <FormAlert message={failureOf(state)} />
        </div>
        <Field id="new-user-name" label="Name" error={error("name")}>
          <Input {...fieldControlProps("new-user-name", { error: error("name") })} name="name" autoComplete="off" defaultValue={typed?.name} required />
        </Field>
        <Field id="new-user-email" label="Email" error={error("email")}>
          <Input {...fieldControlProps("new-user-email", { error: error("email") })} name="email" type="email" autoComplete="off" defaultValue={typed?.email} required />
        </Field>
        <Field id="new-user-role" label="Role" error={error("role")}>
          <Select {...fieldControlProps("new-user-role", { error: error("role") })} name="role" defaultValue={typed?.role || "analyst"}>
            <option value="viewer">Viewer</option>
            <option value="analyst">Analyst</option>
            <option value="admin">Admin</option>
          </Select>
        </Field>
        <div className="sm:pt-6">
          <SubmitButton pendingLabel="Creating…">Create user</SubmitButton>
        </div>
      </form>
    </div>
  );
}
