import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { SIDE_LABELS } from "@/lib/meetings/kinds";
import type { Side } from "@/lib/generated/prisma/enums";

/** A row's countries as ISO codes, each opening the table filtered by that country. */
export function CountryLinks({ countries }: { countries: { code: string; name: string; side: Side | null }[] }) {
  if (countries.length === 0) return <span className="text-muted-foreground">—</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {countries.map(({ code, name, side }) => {
        const label = side ? `${name} (${SIDE_LABELS[side].toLowerCase()})` : name;
        return (
          <li key={code}>
            <Link
              href={`/meetings?country=${code}`}
              title={`Meetings with ${label}`}
              aria-label={`Meetings with ${label}`}
              className={cn(
                "inline-block rounded border px-1 font-mono text-xs leading-5 hover:bg-accent",
                side === "HOST" ? "border-input font-semibold" : "border-border",
              )}
            >
              {code}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
