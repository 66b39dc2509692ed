import type { Route } from "next";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { meetingsTableHref, type MeetingListParams } from "@/lib/meetings/list-params";

/**
 * A name in a table cell that opens the table filtered by it (`{ person: id }`), named
 * "Filter by …" for screen readers; the row's title stays the link to the meeting itself.
 */
export function FilterLink({
  filter,
  label,
  className,
  children,
}: {
  filter: Partial<MeetingListParams>;
  /** What the link filters by, in words ("Liu Jianchao"); the visible text must be part of it. */
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Link
      href={meetingsTableHref(filter) as Route}
      aria-label={`Filter by ${label}`}
      title={`Filter by ${label}`}
      className={cn("filter-link", className)}
    >
      {children}
    </Link>
  );
}
