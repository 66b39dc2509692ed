"use client";

import { Checkbox } from "@/components/ui/checkbox";
import type { DataTableColumn } from "@/components/data-table/features";

/** A first column of checkboxes: one per row, and one in the header for the whole page. */
export function selectionColumn<T extends { id: string; title: string }>(
  pageIds: string[],
  selected: ReadonlySet<string>,
  onChange: (ids: string[], checked: boolean) => void,
): DataTableColumn<T> {
  const onPage = pageIds.filter((id) => selected.has(id)).length;
  return {
    id: "select",
    enableSorting: false,
    meta: { className: "w-8" },
    header: () => (
      <Checkbox
        aria-label="Select every meeting on this page"
        checked={onPage === 0 ? false : onPage === pageIds.length ? true : "indeterminate"}
        onCheckedChange={(checked) => onChange(pageIds, checked === true)}
      />
    ),
    cell: ({ row }) => (
      <Checkbox
        aria-label={`Select “${row.original.title}”`}
        checked={selected.has(row.original.id)}
        onCheckedChange={(checked) => onChange([row.original.id], checked === true)}
      />
    ),
  };
}
