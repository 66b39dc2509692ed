import { cn } from "@/components/ui/cn";
import { SIDE_LABELS } from "@/lib/meetings/kinds";
import type { Side } from "@/lib/generated/prisma/enums";

/** Compact ISO codes with the full name (and side) for screen readers and on hover. */
export function CountryCodes({ countries, className }: { countries: { code: string; name: string; side: Side | null }[]; className?: string }) {
  if (countries.length === 0) return <span className="text-muted-foreground">—</span>;
  return (
    <ul className={cn("flex flex-wrap gap-1", className)}>
      {countries.map(({ code, name, side }) => {
        const label = side ? `${name} (${SIDE_LABELS[side].toLowerCase()})` : name;
        return (
          <li key={code} title={label}>
            <span
              aria-hidden="true"
              className={cn(
                "inline-block rounded border px-1 font-mono text-xs leading-5",
                side === "HOST" ? "border-input font-semibold" : "border-border",
              )}
            >
              {code}
            </span>
            <span className="sr-only">{label}</span>
          </li>
        );
      })}
    </ul>
  );
}
