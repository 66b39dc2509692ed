import type { Route } from "next";
import { Link } from "@/components/ui/link";
import { cn } from "@/components/ui/cn";
import { meetingsTableHref, type MeetingListParams } from "@/lib/meetings/list-params";

/**
 * A name in a table cell that opens the table filtered by it (`{ person: id }`), named
 * "Filter by …" for screen readers; the row's title stays the link to the meeting itself.
 * A list page holds about 130 of these links, so a plain name is not repeated in a title as well
 * (issue 19); only a cryptic text (a country code) gets one. Not hidden text in place of the
 * aria-label: an absolutely placed span inside the inline link split its box, and a click on its
 * middle landed on the list item.
 */
export function FilterLink({
  filter,
  text,
  prefix = "",
  label,
  className,
}: {
  filter: Partial<MeetingListParams>;
  /** What the link shows. */
  text: string;
  /** Words read between "Filter by" and the text ("tag "). */
  prefix?: string;
  /**
   * Where the text is cryptic (a country code): what the link filters by in words
   * ("Azerbaijan (AZ, host)"), which must contain the text; also shown on hover.
   */
  label?: string;
  className?: string;
}) {
  return (
    <Link
      href={meetingsTableHref(filter) as Route}
      aria-label={`Filter by ${label ?? `${prefix}${text}`}`}
      title={label}
      className={cn("filter-link", className)}
    >
      {text}
    </Link>
  );
}
