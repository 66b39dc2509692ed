"use client";

import { Link } from "@/components/ui/link";
import { badgeVariants } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { DataTableColumn } from "@/components/data-table/features";
import { CountryLinks } from "@/components/meetings/table/country-links";
import { FilterLink } from "@/components/meetings/table/filter-link";
import { MeetingSnippet } from "@/components/meetings/table/meeting-snippet";
import { DeletedBadge, StatusBadge } from "@/components/meetings/meeting-badges";
import type { MeetingSearchItem } from "@/lib/meetings/dto";
import { MEETING_KIND_LABELS } from "@/lib/meetings/kinds";
import type { MeetingColumnId } from "@/lib/meetings/table-columns";

const updatedFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

// Column ids are lib/meetings/table-columns.ts's MEETING_COLUMN_IDS; those that sort are the
// list's sort keys (lib/meetings/schemas.ts MEETING_SORT_KEYS).
/** Column names for the Columns menu. */
export const MEETING_COLUMN_LABELS: Record<MeetingColumnId, string> = {
  date: "Date",
  title: "Title",
  kind: "Kind",
  countries: "Countries",
  leads: "Lead participants",
  topics: "Topics",
  tags: "Tags",
  status: "Status",
  updated: "Updated",
};

// The default columns' minimum widths add up to what fits beside the counts at 1440 px (about
// 1,130 px): names and tags wrap, even without spaces, rather than push "Updated" out of view.
export const meetingColumns: (DataTableColumn<MeetingSearchItem> & { id: MeetingColumnId })[] = [
  {
    id: "date",
    header: MEETING_COLUMN_LABELS.date,
    accessorFn: (row) => row.date,
    meta: { className: "w-28 whitespace-nowrap tabular-nums", firstSortDir: "desc" },
    cell: ({ row }) => (
      <time dateTime={row.original.date ?? undefined} className={row.original.date ? undefined : "text-muted-foreground"}>
        {row.original.dateLabel}
      </time>
    ),
  },
  {
    id: "title",
    header: MEETING_COLUMN_LABELS.title,
    accessorFn: (row) => row.title,
    meta: { className: "min-w-56", firstSortDir: "asc" },
    cell: ({ row }) => (
      // A title with no spaces (pasted, or hostile) wraps anywhere instead of widening the table.
      <div className="flex flex-wrap items-center gap-1.5 [overflow-wrap:anywhere]">
        <Link
          href={`/meetings/${row.original.id}`}
          data-row-link
          className="font-medium text-foreground underline-offset-2 hover:text-primary hover:underline"
        >
          {row.original.title}
        </Link>
        {row.original.deleted ? <DeletedBadge /> : null}
        {row.original.snippet ? <MeetingSnippet snippet={row.original.snippet} /> : null}
      </div>
    ),
  },
  {
    id: "kind",
    header: MEETING_COLUMN_LABELS.kind,
    enableSorting: false,
    meta: { className: "whitespace-nowrap" },
    cell: ({ row }) => MEETING_KIND_LABELS[row.original.kind],
  },
  {
    id: "countries",
    header: MEETING_COLUMN_LABELS.countries,
    enableSorting: false,
    meta: { className: "w-32" },
    cell: ({ row }) => <CountryLinks countries={row.original.countries} />,
  },
  {
    id: "leads",
    header: MEETING_COLUMN_LABELS.leads,
    enableSorting: false,
    meta: { className: "min-w-40" },
    cell: ({ row }) =>
      row.original.leads.length > 0 ? (
        <ul className="space-y-0.5 [overflow-wrap:anywhere]">
          {row.original.leads.map((lead) => (
            <li key={lead.personId}>
              <FilterLink filter={{ person: lead.personId }} text={lead.name} />
              {lead.countryCode ? <span className="ml-1 font-mono text-xs text-muted-foreground">{lead.countryCode}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <span className="text-muted-foreground">—</span>
      ),
  },
  {
    id: "topics",
    header: MEETING_COLUMN_LABELS.topics,
    enableSorting: false,
    meta: { className: "min-w-32" },
    cell: ({ row }) =>
      row.original.topics.length > 0 ? (
        <ul className="space-y-0.5 [overflow-wrap:anywhere]">
          {row.original.topics.map((topic) => (
            <li key={topic.id}>
              <FilterLink filter={{ topic: topic.id }} text={topic.name} />
            </li>
          ))}
        </ul>
      ) : (
        <span className="text-muted-foreground">—</span>
      ),
  },
  {
    id: "tags",
    header: MEETING_COLUMN_LABELS.tags,
    enableSorting: false,
    meta: { className: "min-w-32" },
    cell: ({ row }) =>
      row.original.tags.length > 0 ? (
        <ul className="flex flex-wrap gap-1">
          {row.original.tags.map((tag) => (
            <li key={tag.id}>
              <FilterLink filter={{ tag: tag.id }} text={tag.name} prefix="tag " className={cn(badgeVariants({ variant: "neutral" }), "whitespace-normal [overflow-wrap:anywhere] hover:bg-accent")} />
            </li>
          ))}
        </ul>
      ) : (
        <span className="text-muted-foreground">—</span>
      ),
  },
  {
    id: "status",
    header: MEETING_COLUMN_LABELS.status,
    enableSorting: false,
    cell: ({ row }) => <StatusBadge status={row.original.status} />,
  },
  {
    id: "updated",
    header: MEETING_COLUMN_LABELS.updated,
    accessorFn: (row) => row.updatedAt,
    meta: { className: "w-28 whitespace-nowrap tabular-nums text-muted-foreground", firstSortDir: "desc" },
    cell: ({ row }) => <time dateTime={row.original.updatedAt}>{updatedFormat.format(new Date(row.original.updatedAt))}</time>,
  },
];
