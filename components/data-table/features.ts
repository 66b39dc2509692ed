import {
  columnOrderingFeature,
  columnVisibilityFeature,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type RowData,
} from "@tanstack/react-table";

export interface DataTableColumnMeta {
  /** Classes for the column's header and cells (width, alignment, wrapping). */
  className?: string;
  /** Direction a first click sorts in ("date": newest first). */
  firstSortDir?: "asc" | "desc";
}

/**
 * Server-driven tables: the server sorts and pages, the table only renders and reports what the
 * analyst asked for. Module scope keeps the features object stable across renders.
 */
export const dataTableFeatures = tableFeatures({
  columnVisibilityFeature,
  columnOrderingFeature,
  rowSortingFeature,
  rowPaginationFeature,
  columnMeta: {} as DataTableColumnMeta,
});

export type DataTableColumn<TData extends RowData> = ColumnDef<typeof dataTableFeatures, TData>;
