import { cn } from "@/components/ui/cn";
import { FilterLink } from "@/components/meetings/table/filter-link";
import { SIDE_LABELS } from "@/lib/meetings/kinds";
import type { Side } from "@/lib/generated/prisma/enums";

/** A row's countries as ISO codes, each opening the table filtered by that country. */
export function CountryLinks({ countries }: { countries: { code: string; name: string; side: Side | null }[] }) {
  if (countries.length === 0) return <span className="text-muted-foreground">—</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {countries.map(({ code, name, side }) => (
        <li key={code}>
          <FilterLink
            filter={{ country: code }}
            label={`${name} (${side ? `${code}, ${SIDE_LABELS[side].toLowerCase()}` : code})`}
            text={code}
            className={cn("code-chip", side === "HOST" && "border-input font-semibold")}
          />
        </li>
      ))}
    </ul>
  );
}
