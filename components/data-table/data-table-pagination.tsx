"use client";

import type { ReactTable, RowData } from "@tanstack/react-table";
import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { dataTableFeatures } from "@/components/data-table/features";

const count = new Intl.NumberFormat("en");

/**
 * Next and Previous that open the neighbouring page from a cursor (keyset paging: a deep page is
 * read from the index, not by OFFSET). Without them, the buttons change the page number.
 */
export interface CursorPaging {
  next?: () => void;
  previous?: () => void;
}

export function DataTablePagination<TData extends RowData>({
  table,
  pageSizes,
  cursorPaging,
}: {
  table: ReactTable<typeof dataTableFeatures, TData>;
  pageSizes: readonly number[];
  cursorPaging?: CursorPaging;
}) {
  const sizeId = useId();
  const { pageIndex, pageSize } = table.state.pagination;
  const pageCount = Math.max(1, table.getPageCount());

  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 border-t px-3 py-2.5 text-sm">
      <div className="flex items-center gap-2">
        <label htmlFor={sizeId} className="text-muted-foreground">
          Rows per page
        </label>
        <Select
          id={sizeId}
          className="w-20"
          value={String(pageSize)}
          onChange={(event) => table.setPagination({ pageIndex: 0, pageSize: Number(event.target.value) })}
        >
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex items-center gap-3">
        <p className="text-muted-foreground tabular-nums">
          Page {count.format(pageIndex + 1)} of {count.format(pageCount)}
        </p>
        <div className="flex items-center gap-1">
          <Button variant="outline" size="icon-sm" aria-label="First page" disabled={!table.getCanPreviousPage()} onClick={() => table.firstPage()}>
            <ChevronsLeft aria-hidden="true" />
          </Button>
          <Button variant="outline" size="icon-sm" aria-label="Previous page" disabled={!table.getCanPreviousPage()} onClick={() => (cursorPaging?.previous ? cursorPaging.previous() : table.previousPage())}>
            <ChevronLeft aria-hidden="true" />
          </Button>
          <Button variant="outline" size="icon-sm" aria-label="Next page" disabled={!table.getCanNextPage()} onClick={() => (cursorPaging?.next ? cursorPaging.next() : table.nextPage())}>
            <ChevronRight aria-hidden="true" />
          </Button>
          <Button variant="outline" size="icon-sm" aria-label="Last page" disabled={!table.getCanLastPage()} onClick={() => table.lastPage()}>
            <ChevronsRight aria-hidden="true" />
          </Button>
        </div>
      </div>
    </nav>
  );
}
