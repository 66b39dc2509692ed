"use client";

import { SearchX } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { useQueryStates } from "nuqs";
import { useTransition, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/data-table/data-table";
import { MeetingsFilters } from "@/components/meetings/meetings-filters";
import { meetingColumns } from "@/components/meetings/meetings-columns";
import { ExportButton } from "@/components/meetings/table/export-button";
import type { MeetingSearchResult } from "@/lib/meetings/dto";
import { CLEARED_FILTERS, effectiveSort, hasActiveFilters, meetingListParsers } from "@/lib/meetings/list-params";
import type { CountryOption } from "@/lib/meetings/options";
import { PAGE_SIZES } from "@/lib/meetings/list-options";

const count = new Intl.NumberFormat("en");

function summary(result: MeetingSearchResult): string {
  if (result.total === 0) return "No meetings match";
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.rows.length - 1;
  const total = result.totalEstimated ? `about ${count.format(result.total)}` : count.format(result.total);
  const noun = result.total === 1 ? "meeting" : "meetings";
  if (result.rows.length === 0) return `${total} ${noun}; this page is past the last one`;
  return result.rows.length < result.total
    ? `Showing ${count.format(first)}–${count.format(last)} of ${total} ${noun}`
    : `${total} ${noun}`;
}

/** The meetings table: search, filters, facets, table and pages, all state in the URL. */
export function MeetingsBrowser({
  result,
  countries,
  facets,
}: {
  result: MeetingSearchResult;
  countries: CountryOption[];
  /** The facet panel, streamed in by the page after the rows. */
  facets: ReactNode;
}) {
  const [pending, startTransition] = useTransition();
  // shallow: false → every change re-renders the server page, which runs the query.
  const [params, setParams] = useQueryStates(meetingListParsers, { shallow: false, startTransition, history: "push" });
  const { sort, dir } = effectiveSort(params);
  const filtered = hasActiveFilters(params);
  const clearFilters = () => setParams(CLEARED_FILTERS);
  const search = useSearchParams().toString();

  return (
    <div className="grid gap-3">
      <MeetingsFilters params={params} setParams={setParams} countries={countries} onClear={clearFilters} problems={result.problems} />
      <div className="grid gap-4 lg:grid-cols-[14rem_minmax(0,1fr)]">
        <div className="order-2 lg:order-1">{facets}</div>
        <div className="order-1 grid min-w-0 content-start gap-3 lg:order-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
          <p role="status" className="text-sm text-muted-foreground tabular-nums">
            {summary(result)}
            {params.q && sort === "relevance" && result.total > 0
              ? result.rankedAmong
                ? ` · ranked among the ${count.format(result.rankedAmong)} most recent matches; sort by date to see all`
                : " · most relevant first"
              : null}
          </p>
          <ExportButton search={search} total={result.total} />
          </div>
          <DataTable
            label="Meetings"
            columns={meetingColumns}
            data={result.rows}
            getRowId={(row) => row.id}
            rowCount={result.rankedAmong ?? result.total}
            sorting={sort === "relevance" ? [] : [{ id: sort, desc: dir === "desc" }]}
            pagination={{ pageIndex: result.page - 1, pageSize: result.pageSize }}
            pageSizes={PAGE_SIZES}
            pending={pending}
            onSortingChange={(next) => {
              const column = next[0];
              void setParams({
                sort: column ? (column.id as typeof sort) : null,
                dir: column ? (column.desc ? "desc" : "asc") : null,
                page: null,
              });
            }}
            onPaginationChange={(next) =>
              void setParams({
                page: next.pageIndex + 1,
                size: PAGE_SIZES.find((size) => size === next.pageSize) ?? null,
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
      </div>
    </div>
  );
}
