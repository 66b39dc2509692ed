import { AlertCircle } from "lucide-react";

/**
 * A form-level error, announced by screen readers as soon as it appears. The live region is always
 * in the page (empty when there is nothing to say) so that assistive technology notices changes.
 */
export function FormAlert({ message }: { message?: string }) {
  return (
    <div role="alert" aria-live="assertive" className="empty:hidden">
      {message ? (
        <p className="flex items-start gap-2 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-foreground">
          <AlertCircle className="mt-0.5 size-4 shrink-0 text-destructive" aria-hidden="true" />
          <span>{message}</span>
        </p>
      ) : null}
    </div>
  );
}
