import type { Route } from "next";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { meetingsTableHref, type MeetingListParams } from "@/lib/meetings/list-params";

/**
 * A name in a table cell that opens the table filtered by it (`{ person: id }`), named
 * "Filter by …" for screen readers; the row's title stays the link to the meeting itself.
 * A list page holds about 130 of these links, so a name is sent once: the link's own text with
 * "Filter by" hidden before it (issue 19: an aria-label and a title repeated every name twice).
 */
export function FilterLink({
  filter,
  prefix = "",
  label,
  className,
  children,
}: {
  filter: Partial<MeetingListParams>;
  /** Words read between "Filter by" and the visible text ("tag "). */
  prefix?: string;
  /**
   * Where the visible text is cryptic (a country code): what the link filters by in words
   * ("Azerbaijan (AZ, host)"), which must contain the visible text; also shown on hover.
   */
  label?: string;
  className?: string;
  children: ReactNode;
}) {
  const href = meetingsTableHref(filter) as Route;
  if (label) {
    return (
      <Link href={href} aria-label={`Filter by ${label}`} title={label} className={cn("filter-link", className)}>
        {children}
      </Link>
    );
  }
  return (
    <Link href={href} className={cn("filter-link", className)}>
      <span className="sr-only">Filter by {prefix}</span>
      {children}
    </Link>
  );
}
