"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { DataTableColumn } from "@/components/data-table/features";
import { CountryLinks } from "@/components/meetings/table/country-links";
import { MeetingSnippet } from "@/components/meetings/table/meeting-snippet";
import { DeletedBadge, StatusBadge } from "@/components/meetings/meeting-badges";
import type { MeetingSearchItem } from "@/lib/meetings/dto";
import { MEETING_KIND_LABELS } from "@/lib/meetings/kinds";

const updatedFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

// Column ids that sort are the list's sort keys (lib/meetings/schemas.ts MEETING_SORT_KEYS).
export const meetingColumns: DataTableColumn<MeetingSearchItem>[] = [
  {
    id: "date",
    header: "Date",
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
    header: "Title",
    accessorFn: (row) => row.title,
    meta: { className: "min-w-64", firstSortDir: "asc" },
    cell: ({ row }) => (
      <div className="flex flex-wrap items-center gap-1.5">
        <Link
          href={`/meetings/${row.original.id}`}
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
    header: "Kind",
    enableSorting: false,
    meta: { className: "whitespace-nowrap" },
    cell: ({ row }) => MEETING_KIND_LABELS[row.original.kind],
  },
  {
    id: "countries",
    header: "Countries",
    enableSorting: false,
    meta: { className: "w-32" },
    cell: ({ row }) => <CountryLinks countries={row.original.countries} />,
  },
  {
    id: "leads",
    header: "Lead participants",
    enableSorting: false,
    meta: { className: "min-w-48" },
    cell: ({ row }) =>
      row.original.leads.length > 0 ? (
        <ul className="space-y-0.5">
          {row.original.leads.map((lead) => (
            <li key={lead.name}>
              {lead.name}
              {lead.countryCode ? <span className="ml-1 font-mono text-xs text-muted-foreground">{lead.countryCode}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <span className="text-muted-foreground">—</span>
      ),
  },
  {
    id: "tags",
    header: "Tags",
    enableSorting: false,
    meta: { className: "min-w-32" },
    cell: ({ row }) =>
      row.original.tags.length > 0 ? (
        <ul className="flex flex-wrap gap-1">
          {row.original.tags.map((tag) => (
            <li key={tag}>
              <Badge variant="neutral">{tag}</Badge>
            </li>
          ))}
        </ul>
      ) : (
        <span className="text-muted-foreground">—</span>
      ),
  },
  {
    id: "status",
    header: "Status",
    enableSorting: false,
    cell: ({ row }) => <StatusBadge status={row.original.status} />,
  },
  {
    id: "updated",
    header: "Updated",
    accessorFn: (row) => row.updatedAt,
    meta: { className: "w-28 whitespace-nowrap tabular-nums text-muted-foreground", firstSortDir: "desc" },
    cell: ({ row }) => <time dateTime={row.original.updatedAt}>{updatedFormat.format(new Date(row.original.updatedAt))}</time>,
  },
];
