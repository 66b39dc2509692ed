"use client";

import {
  useTable,
  type ColumnOrderState,
  type ColumnVisibilityState,
  type PaginationState,
  type RowData,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { DataTablePagination, type CursorPaging } from "@/components/data-table/data-table-pagination";
import { dataTableFeatures, type DataTableColumn } from "@/components/data-table/features";

export interface DataTableProps<TData extends RowData> {
  columns: DataTableColumn<TData>[];
  data: TData[];
  getRowId: (row: TData) => string;
  /** Rows matching on the server, across all pages. */
  rowCount: number;
  /** The sort and page the URL asked for; the table never keeps its own copy. */
  sorting: SortingState;
  pagination: PaginationState;
  pageSizes: readonly number[];
  onSortingChange: (next: SortingState) => void;
  onPaginationChange: (next: PaginationState) => void;
  /** Names the table for screen readers. */
  label: string;
  empty: ReactNode;
  /** A server round trip is under way: keep showing the old rows, dimmed. */
  pending?: boolean;
  /** Which columns show and in what order; the caller owns this state (the URL, for meetings). */
  columnVisibility?: ColumnVisibilityState;
  columnOrder?: ColumnOrderState;
  /** Extra attributes for a body row (a keyboard cursor's marker, for instance). */
  rowProps?: (row: TData) => ComponentProps<"tr">;
  /** Next/Previous by cursor where the server offers one (see DataTablePagination). */
  cursorPaging?: CursorPaging;
}

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;
}

export function DataTable<TData extends RowData>(props: DataTableProps<TData>) {
  const { columns, data, sorting, pagination } = props;
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId: props.getRowId,
    rowCount: props.rowCount,
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    state: { sorting, pagination, columnVisibility: props.columnVisibility ?? {}, columnOrder: props.columnOrder ?? [] },
    onSortingChange: (updater) => props.onSortingChange(resolve(updater, sorting)),
    onPaginationChange: (updater) => props.onPaginationChange(resolve(updater, pagination)),
  });

  const rows = table.getRowModel().rows;

  return (
    <div className="overflow-hidden rounded-lg border bg-surface">
      <div aria-busy={props.pending || undefined} className={cn("transition-opacity", props.pending && "opacity-60")}>
        <Table aria-label={props.label}>
          <TableHeader>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const column = header.column;
                  const sorted = column.getIsSorted();
                  const meta = column.columnDef.meta;
                  return (
                    <TableHead
                      key={header.id}
                      className={meta?.className}
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    >
                      {header.isPlaceholder ? null : column.getCanSort() ? (
                        <button
                          type="button"
                          className="-mx-1.5 inline-flex items-center gap-1 rounded px-1.5 py-1 uppercase hover:bg-accent hover:text-accent-foreground"
                          onClick={() =>
                            column.toggleSorting(sorted ? sorted === "asc" : meta?.firstSortDir !== "asc")
                          }
                        >
                          <table.FlexRender header={header} />
                          {sorted === "asc" ? (
                            <ArrowUp className="size-3.5" aria-hidden="true" />
                          ) : sorted === "desc" ? (
                            <ArrowDown className="size-3.5" aria-hidden="true" />
                          ) : (
                            <ArrowUpDown className="size-3.5 opacity-60" aria-hidden="true" />
                          )}
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </TableHead>
                  );
                })}
              </tr>
            ))}
          </TableHeader>
          <TableBody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={table.getVisibleLeafColumns().length}>{props.empty}</td>
              </tr>
            ) : (
              rows.map((row) => (
                <TableRow key={row.id} {...props.rowProps?.(row.original)}>
                  {row.getVisibleCells().map((cell) => (
                    <TableCell key={cell.id} className={cell.column.columnDef.meta?.className}>
                      <table.FlexRender cell={cell} />
                    </TableCell>
                  ))}
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </div>
      {rows.length > 0 ? <DataTablePagination table={table} pageSizes={props.pageSizes} cursorPaging={props.cursorPaging} /> : null}
    </div>
  );
}
