"use client";

import { SearchX } from "lucide-react";
import { useQueryStates } from "nuqs";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/data-table/data-table";
import { MeetingsFilters } from "@/components/meetings/meetings-filters";
import { meetingColumns } from "@/components/meetings/meetings-columns";
import type { MeetingList } from "@/lib/meetings/dto";
import { effectiveSort, hasActiveFilters, meetingListParsers } from "@/lib/meetings/list-params";
import type { CountryOption } from "@/lib/meetings/options";
import { PAGE_SIZES } from "@/lib/meetings/list-options";

const count = new Intl.NumberFormat("en");

/** The meetings list: search, filters, table and pages, all state in the URL. */
export function MeetingsBrowser({ list, countries }: { list: MeetingList; countries: CountryOption[] }) {
  const [pending, startTransition] = useTransition();
  // shallow: false → every change re-renders the server page, which runs the query.
  const [params, setParams] = useQueryStates(meetingListParsers, { shallow: false, startTransition, history: "push" });
  const { sort, dir } = effectiveSort(params);
  const filtered = hasActiveFilters(params);
  const clearFilters = () => setParams({ q: null, kinds: null, status: null, country: null, from: null, to: null, page: null });

  const first = (list.page - 1) * list.pageSize + 1;
  const last = first + list.rows.length - 1;
  const noun = list.total === 1 ? "meeting" : "meetings";

  return (
    <div className="grid gap-3">
      <MeetingsFilters params={params} setParams={setParams} countries={countries} onClear={clearFilters} />
      <p role="status" className="text-sm text-muted-foreground tabular-nums">
        {list.total === 0
          ? "No meetings match"
          : list.capped
            ? `Showing ${count.format(first)}–${count.format(last)} of the ${count.format(list.total)} best matches. Refine the search to see others.`
            : list.rows.length < list.total
              ? `Showing ${count.format(first)}–${count.format(last)} of ${count.format(list.total)} ${noun}`
              : `${count.format(list.total)} ${noun}`}
        {params.q && sort === "relevance" && list.total > 0 ? " · most relevant first" : null}
      </p>
      <DataTable
        label="Meetings"
        columns={meetingColumns}
        data={list.rows}
        getRowId={(row) => row.id}
        rowCount={list.total}
        sorting={sort === "relevance" ? [] : [{ id: sort, desc: dir === "desc" }]}
        pagination={{ pageIndex: list.page - 1, pageSize: list.pageSize }}
        pageSizes={PAGE_SIZES}
        pending={pending}
        onSortingChange={(next) => {
          const column = next[0];
          void setParams({ sort: column ? (column.id as typeof sort) : null, dir: column ? (column.desc ? "desc" : "asc") : null, page: null });
        }}
        onPaginationChange={(next) =>
          void setParams({
            page: next.pageIndex + 1,
            pageSize: PAGE_SIZES.find((size) => size === next.pageSize) ?? null,
          })
        }
        empty={
          filtered ? (
            <EmptyState
              icon={<SearchX />}
              title="No meetings match"
              description="Nothing matches this search and these filters. Try fewer words, another spelling, or clear the filters."
              action={
                <Button variant="outline" onClick={clearFilters}>
                  Clear filters
                </Button>
              }
            />
          ) : (
            <EmptyState title="No meetings yet" description="Meetings you record will appear here." />
          )
        }
      />
    </div>
  );
}
