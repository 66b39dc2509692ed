"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { SubmitButton } from "@/components/auth/submit-button";
import { TemporaryPassword } from "@/components/auth/admin/temporary-password";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { CreateUserState } from "@/lib/auth/form-state";

interface Props {
  createUserAction: (previous: CreateUserState, formData: FormData) => Promise<CreateUserState>;
  temporaryPasswordHours: number;
}

export function CreateUserForm({ createUserAction, temporaryPasswordHours }: Props) {
  const [state, action] = useActionState<CreateUserState, FormData>(createUserAction, {});
  const error = (field: string) => state.fieldErrors?.[field]?.[0];
  // A fresh form after each success; the typed values survive a failure.
  const formKey = state.created?.email ?? "form";
  return (
    <div className="grid gap-4">
      {state.created ? (
        <TemporaryPassword email={state.created.email} password={state.created.temporaryPassword} verb="created" hours={temporaryPasswordHours} />
      ) : null}
      <form key={formKey} action={action} className="grid gap-4 sm:grid-cols-[1fr_1fr_10rem_auto] sm:items-start" noValidate>
        <div className="sm:col-span-4">
          <FormAlert message={state.ok ? undefined : state.message} />
        </div>
        <Field id="new-user-name" label="Name" error={error("name")}>
          <Input {...fieldControlProps("new-user-name", { error: error("name") })} name="name" autoComplete="off" defaultValue={state.values?.name} required />
        </Field>
        <Field id="new-user-email" label="Email" error={error("email")}>
          <Input {...fieldControlProps("new-user-email", { error: error("email") })} name="email" type="email" autoComplete="off" defaultValue={state.values?.email} required />
        </Field>
        <Field id="new-user-role" label="Role" error={error("role")}>
          <Select {...fieldControlProps("new-user-role", { error: error("role") })} name="role" defaultValue={state.values?.role ?? "analyst"}>
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
