import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** A password input wired to its label, hint and error; `autoComplete` tells password managers which one it is. */
export function PasswordField({
  id,
  label,
  error,
  hint,
  autoComplete,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  autoComplete: "current-password" | "new-password";
}) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <Input {...fieldControlProps(id, { error, hint: Boolean(hint) })} name={id} type="password" autoComplete={autoComplete} required />
    </Field>
  );
}
