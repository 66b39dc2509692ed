"use client";

import { SearchX } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { useQueryStates } from "nuqs";
import { useState, useTransition, type ComponentProps, type ReactNode } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/data-table/data-table";
import { MeetingsFilters } from "@/components/meetings/meetings-filters";
import { MEETING_COLUMN_LABELS, meetingColumns } from "@/components/meetings/meetings-columns";
import { BulkTagBar, type BulkTagAction } from "@/components/meetings/table/bulk-tag-bar";
import { ColumnsMenu } from "@/components/meetings/table/columns-menu";
import { CountryPairFilter } from "@/components/meetings/table/country-pair-filter";
import { useCountryOptions } from "@/components/meetings/use-country-options";
import { ExportButton } from "@/components/meetings/table/export-button";
import { RevealResultsProvider, useRevealOnNewRows } from "@/components/meetings/table/reveal-results";
import { SavedViewsMenu } from "@/components/meetings/table/saved-views-menu";
import { selectionColumn } from "@/components/meetings/table/selection-column";
import { ShortcutsDialog } from "@/components/meetings/table/shortcuts-dialog";
import { ROW_ID_ATTRIBUTE, useTableShortcuts } from "@/components/meetings/table/use-table-shortcuts";
import type { ActionState } from "@/lib/forms/action-state";
import type { MeetingSearchResult } from "@/lib/meetings/dto";
import { CLEARED_FILTERS, effectiveSort, hasActiveFilters, meetingListParsers } from "@/lib/meetings/list-params";
import type { CountryOption } from "@/lib/meetings/options";
import { PAGE_SIZES } from "@/lib/meetings/list-options";
import { columnsParam, resolveColumns, tableColumnState, type MeetingColumnId } from "@/lib/meetings/table-columns";

type PreferenceAction = (previous: ActionState<Record<string, string>>, formData: FormData) => Promise<ActionState<Record<string, string>>>;

/**
 * Saves one preference in the background; the table has already changed. A failure always
 * speaks, a success only when asked (the shortcut switch confirms; columns show for themselves).
 */
async function savePreference(action: PreferenceAction, name: string, value: string, options: { confirm?: boolean } = {}) {
  const formData = new FormData();
  formData.set(name, value);
  const state = await action({ status: "idle", values: {} }, formData).catch(() => null);
  if (state?.status === "saved") {
    if (options.confirm) toast.success(state.message);
  } else toast.error(state && "message" in state ? state.message : "Parley could not save this preference.");
}

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
  tagAction,
  views,
  preferences,
}: {
  result: MeetingSearchResult;
  /** The countries the view names; the whole list loads once the page is up. */
  countries: CountryOption[];
  /** The facet panel, streamed in by the page after the rows. */
  facets: ReactNode;
  /** Bulk tagging, passed only to roles that may tag (viewers see no selection at all). */
  tagAction?: BulkTagAction;
  /** Saved views and the actions that save and delete them. */
  views: Omit<ComponentProps<typeof SavedViewsMenu>, "search">;
  /** The caller's saved columns and shortcut switch, and the actions that change them. */
  preferences: {
    meetingColumns: string[];
    shortcutsEnabled: boolean;
    setColumnsAction: PreferenceAction;
    setShortcutsEnabledAction: PreferenceAction;
  };
}) {
  const [pending, startTransition] = useTransition();
  const { countries: countryOptions, want: wantCountries } = useCountryOptions(countries);
  // shallow: false → every change re-renders the server page, which runs the query.
  const [params, setParams] = useQueryStates(meetingListParsers, { shallow: false, startTransition, history: "push" });
  const { sort, dir } = effectiveSort(params);
  const filtered = hasActiveFilters(params);
  const clearFilters = () => setParams(CLEARED_FILTERS);
  const search = useSearchParams().toString();
  // The selection belongs to one view: a new search, filter or page starts it afresh.
  const [selection, setSelection] = useState<{ view: string; ids: Set<string>; allMatching: boolean }>({
    view: search,
    ids: new Set(),
    allMatching: false,
  });
  const current = selection.view === search ? selection : { view: search, ids: new Set<string>(), allMatching: false };
  const select = (ids: string[], checked: boolean) => {
    const next = new Set(current.ids);
    for (const id of ids) {
      if (checked) next.add(id);
      else next.delete(id);
    }
    setSelection({ view: search, ids: next, allMatching: false });
  };
  const columns = tagAction
    ? [selectionColumn<(typeof result.rows)[number]>(result.rows.map((row) => row.id), current.ids, select), ...meetingColumns]
    : meetingColumns;

  // Columns: the URL's choice, else the caller's saved one (kept here once changed), else defaults.
  const [savedColumns, setSavedColumns] = useState(preferences.meetingColumns);
  const shownColumns = resolveColumns(params.cols, savedColumns);
  const changeColumns = (next: MeetingColumnId[] | null) => {
    const chosen = next ? columnsParam(next) : null;
    // Shallow: the columns change what is drawn, not which rows the server sends.
    void setParams({ cols: chosen }, { shallow: true });
    setSavedColumns(chosen ? chosen.split(",") : []);
    void savePreference(preferences.setColumnsAction, "columns", chosen ?? "");
  };

  const [shortcutsEnabled, setShortcutsEnabled] = useState(preferences.shortcutsEnabled);
  const [helpOpen, setHelpOpen] = useState(false);
  const { region: resultsRegion, summary: summaryRef, reveal } = useRevealOnNewRows(result);
  const { cursor } = useTableShortcuts({
    rowIds: result.rows.map((row) => row.id),
    enabled: shortcutsEnabled,
    onSelect: tagAction ? (id) => select([id], !current.ids.has(id)) : undefined,
    onHelp: () => setHelpOpen(true),
  });

  return (
    <div className="grid gap-3">
      <MeetingsFilters params={params} setParams={setParams} countries={countryOptions} onWantCountries={wantCountries} onClear={clearFilters} problems={result.problems} />
      <CountryPairFilter pair={params.pair} countries={countryOptions} onWantCountries={wantCountries} onChange={(pair) => void setParams({ pair, page: null })} />
      {/* min-w-0 down to the facet rows: a long facet value truncates instead of widening the page at 375 px. */}
      <div className="grid min-w-0 gap-4 lg:grid-cols-[minmax(0,1fr)_15rem]">
        <div ref={resultsRegion} className="grid min-w-0 scroll-mt-16 content-start gap-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
          <p ref={summaryRef} tabIndex={-1} role="status" className="text-sm text-muted-foreground tabular-nums">
            {summary(result)}
            {params.q && sort === "relevance" && result.total > 0
              ? result.rankedAmong
                ? ` · ranked among the ${count.format(result.rankedAmong)} most recent matches; sort by date to see all`
                : " · most relevant first"
              : null}
          </p>
            <div className="flex flex-wrap items-center gap-2">
              <ShortcutsDialog
                open={helpOpen}
                onOpenChange={setHelpOpen}
                enabled={shortcutsEnabled}
                onEnabledChange={(enabled) => {
                  setShortcutsEnabled(enabled);
                  void savePreference(preferences.setShortcutsEnabledAction, "enabled", enabled ? "on" : "off", { confirm: true });
                }}
                canSelect={Boolean(tagAction)}
              />
              <ColumnsMenu
                columns={shownColumns}
                labels={MEETING_COLUMN_LABELS}
                onChange={changeColumns}
                onReset={() => changeColumns(null)}
              />
              <SavedViewsMenu {...views} search={search} />
              <ExportButton search={search} total={result.total} />
            </div>
          </div>
          {tagAction ? (
            <BulkTagBar
              selectedIds={[...current.ids]}
              allMatching={current.allMatching}
              total={result.total}
              search={search}
              action={tagAction}
              onSelectAllMatching={() => setSelection({ view: search, ids: current.ids, allMatching: true })}
              onClear={() => setSelection({ view: search, ids: new Set(), allMatching: false })}
            />
          ) : null}
          <DataTable
            label="Meetings"
            columns={columns}
            data={result.rows}
            getRowId={(row) => row.id}
            rowCount={result.rankedAmong ?? result.total}
            sorting={sort === "relevance" ? [] : [{ id: sort, desc: dir === "desc" }]}
            pagination={{ pageIndex: result.page - 1, pageSize: result.pageSize }}
            pageSizes={PAGE_SIZES}
            pending={pending}
            {...tableColumnState(shownColumns)}
            rowProps={(row) => ({
              [ROW_ID_ATTRIBUTE]: row.id,
              "aria-current": row.id === cursor ? "true" : undefined,
              className: row.id === cursor ? "outline-2 -outline-offset-2 outline-ring" : undefined,
            })}
            onSortingChange={(next) => {
              const column = next[0];
              void setParams({
                sort: column ? (column.id as typeof sort) : null,
                dir: column ? (column.desc ? "desc" : "asc") : null,
                page: null,
                after: null,
                before: null,
              });
            }}
            onPaginationChange={(next) =>
              void setParams({
                page: next.pageIndex + 1,
                size: PAGE_SIZES.find((size) => size === next.pageSize) ?? null,
                after: null,
                before: null,
              })
            }
            cursorPaging={{
              next: result.nextCursor ? () => void setParams({ page: result.page + 1, after: result.nextCursor, before: null }) : undefined,
              previous: result.previousCursor ? () => void setParams({ page: result.page - 1, before: result.previousCursor, after: null }) : undefined,
            }}
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
        <div className="min-w-0">
          <RevealResultsProvider value={reveal}>{facets}</RevealResultsProvider>
        </div>
      </div>
    </div>
  );
}
