import type { Route } from "next";
import { Link } from "@/components/ui/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { EntityMeetingPage } from "@/lib/meetings/detail/entity-meetings";
import { MEETING_KIND_LABELS } from "@/lib/meetings/kinds";

/**
 * An entity's meetings, newest first, a page at a time: "Older meetings" carries the keyset
 * cursor in the URL, so a page is a shareable address and never an OFFSET scan.
 */
export function EntityMeetingList({
  title,
  page,
  basePath,
  tableHref,
  isFirstPage,
}: {
  title: string;
  page: EntityMeetingPage;
  basePath: string;
  tableHref: string;
  isFirstPage: boolean;
}) {
  return (
    <Card aria-labelledby="entity-meetings-heading">
      <CardHeader className="flex flex-row flex-wrap items-baseline justify-between gap-2">
        <CardTitle id="entity-meetings-heading">{title}</CardTitle>
        <Link href={tableHref as Route} className="text-sm text-primary underline-offset-2 hover:underline">
          Open in the meetings table
        </Link>
      </CardHeader>
      <CardContent className="grid grid-cols-1 gap-3">
        {page.rows.length === 0 ? <p className="text-sm text-muted-foreground">No meetings recorded.</p> : null}
        {/* A title without spaces (pasted, or hostile) wraps anywhere rather than widen the page. */}
        <ol className="grid gap-2 [overflow-wrap:anywhere]">
          {page.rows.map((m) => (
            <li key={m.id} className="grid gap-0.5 border-b pb-2 last:border-b-0">
              <Link href={`/meetings/${m.id}`} className="font-medium underline-offset-2 hover:underline">
                {m.title}
              </Link>
              <span className="text-xs text-muted-foreground">
                <time dateTime={m.date ?? undefined}>{m.dateLabel}</time> · {MEETING_KIND_LABELS[m.kind]}
                {m.countries.length ? ` · ${m.countries.join(", ")}` : null}
              </span>
            </li>
          ))}
        </ol>
        <nav aria-label="Meeting pages" className="flex gap-4 text-sm">
          {!isFirstPage ? (
            <Link href={basePath as Route} className="text-primary underline-offset-2 hover:underline">
              Newest meetings
            </Link>
          ) : null}
          {page.next ? (
            <Link href={`${basePath}?after=${page.next}` as Route} className="text-primary underline-offset-2 hover:underline">
              Older meetings
            </Link>
          ) : null}
        </nav>
      </CardContent>
    </Card>
  );
}
