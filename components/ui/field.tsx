import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { Label } from "@/components/ui/label";

/** Ids that tie a control to its hint and error, for aria-describedby. */
export function fieldIds(id: string) {
  return { hint: `${id}-hint`, error: `${id}-error` };
}

/** Props a control inside a Field needs so assistive technology reads its hint and error. */
export function fieldControlProps(id: string, options: { error?: string; hint?: boolean; required?: boolean }) {
  const ids = fieldIds(id);
  const describedBy = [options.hint ? ids.hint : null, options.error ? ids.error : null].filter(Boolean);
  return {
    id,
    "aria-invalid": options.error ? true : undefined,
    // The visual asterisk is aria-hidden; this is what assistive technology announces.
    "aria-required": options.required ? true : undefined,
    "aria-describedby": describedBy.length > 0 ? describedBy.join(" ") : undefined,
  } as const;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  required?: boolean;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: ReactNode;
}

/** A label, the control, an optional hint and the field's error right beside it. */
export function Field({ id, label, required, hint, error, className, children }: FieldProps) {
  const ids = fieldIds(id);
  return (
    <div data-slot="field" className={cn("grid content-start gap-1.5", className)}>
      <Label htmlFor={id}>
        {label}
        {required ? (
          <span className="ml-0.5 text-destructive" aria-hidden="true">
            *
          </span>
        ) : null}
      </Label>
      {children}
      {hint ? (
        <p id={ids.hint} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <FieldError id={ids.error} message={error} />
    </div>
  );
}

export function FieldError({ id, message }: { id?: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-medium text-destructive">
      {message}
    </p>
  );
}
