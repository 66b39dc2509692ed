import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { readDb } from "@/lib/db";
import type { MeetingSearchResult } from "@/lib/meetings/dto";
import { buildWhere, type WhereOptions } from "@/lib/meetings/search/build-where";
import { COUNT_SKIPPED_ABOVE, estimateMatches, totalFromCount, type MeetingTotal } from "@/lib/meetings/search/count";
import { formatCursor, isFiltered, type MeetingView, type RawParams } from "@/lib/meetings/search/filter-schema";
import { inOneStatement, openView } from "@/lib/meetings/internal/search/open-view";
import { estimateSearch } from "@/lib/meetings/search/search-plan";
import { toListItem } from "@/lib/meetings/internal/search/list-select";
import { RELEVANCE_CANDIDATES } from "@/lib/meetings/internal/search/order-by";
import { pageStatement, type PageRow } from "@/lib/meetings/internal/search/page-statement";
import { pageIdStatements } from "@/lib/meetings/search/rows";
import { isSearchTimeout } from "@/lib/meetings/internal/search/timeout";
import { isRetryLaterError, withUserLimit } from "@/lib/security/user-limits";
import type { Prisma } from "@/lib/generated/prisma/client";

export const TOO_BROAD = "This search is too broad: add a word or a filter.";

type Query = Pick<Prisma.TransactionClient, "$queryRaw">;

function emptyResult(view: MeetingView, problems: string[]): MeetingSearchResult {
  return { rows: [], total: 0, totalEstimated: false, rankedAmong: null, problems, page: view.page, pageSize: view.size, pageCount: 1 };
}

interface ReadPage {
  rows: PageRow[];
  total: MeetingTotal;
}

const readRows = (client: Query, view: MeetingView, options: WhereOptions, countWhere: Prisma.Sql | null) =>
  client.$queryRaw<PageRow[]>(pageStatement(pageIdStatements(view, options), view.size, { countWhere, q: view.q || null }));

/**
 * A view without a search: one statement (rows, what they show and the capped count), no
 * transaction. Past the exact-count limit, an unfiltered list takes the table's row count from
 * the statistics that came with the rows; a filtered one asks the planner.
 */
async function readList(view: MeetingView, options: WhereOptions): Promise<ReadPage> {
  const where = buildWhere(view, options);
  const rows = await inOneStatement((client) => readRows(client, view, options, where), readDb);
  const first = rows[0];
  const total = await totalFromCount(first?.total ?? 0, async () =>
    isFiltered(view) || options.showDeleted ? inOneStatement((client) => estimateMatches(client, where), readDb) : (first?.meetings ?? 0),
  );
  return { rows, total };
}

/**
 * A search: its plan and estimate first (one EXPLAIN, no rows read: estimateSearch), then the page
 * statement. They need no common snapshot (the first reads statistics only), so no transaction
 * unless the pool's statement timeout is longer than the table's (inOneStatement). A search
 * estimated far past the exact-count limit is not counted: counting it could cost more than its page.
 */
function readSearch(view: MeetingView, q: string, showDeleted: boolean): Promise<ReadPage> {
  return inOneStatement(async (client) => {
    const relevance = view.sort === "relevance";
    const needed = relevance ? RELEVANCE_CANDIDATES : view.cursor ? view.size : view.page * view.size;
    const { plan: searchPlan, estimate } = await estimateSearch(client, q, needed, buildWhere(view, { showDeleted, searchPlan: "set" }));
    const options = { showDeleted, searchPlan };
    const where = buildWhere(view, options);
    const counted = estimate <= COUNT_SKIPPED_ABOVE;
    const rows = await readRows(client, view, options, counted ? where : null);
    const total = counted ? await totalFromCount(rows[0]?.total ?? 0, async () => estimate) : { total: estimate, estimated: true };
    return { rows, total };
  }, readDb);
}

/**
 * One page of the meetings table for a URL's view, newest first unless sorted otherwise.
 * Rule: any signed-in user; soft-deleted meetings only for an admin caller passing `includeDeleted`
 * (no page does today).
 * Never throws for bad input: what it cannot use comes back in `problems`.
 */
export async function searchMeetings(raw: RawParams, options: { includeDeleted?: boolean } = {}): Promise<MeetingSearchResult> {
  const user = await requireUser();
  const { view, problems, refusal } = openView(raw);
  if (refusal) return emptyResult(view, problems);
  const showDeleted = Boolean(options.includeDeleted) && user.role === "admin";

  try {
    // At most a few of one user's at once (user-limits.ts); a search over it answers in `problems`.
    const result = await withUserLimit(user.id, "search", () => (view.q ? readSearch(view, view.q, showDeleted) : readList(view, { showDeleted })));
    const found = result.rows.flatMap((row) => (row.id === null ? [] : [toListItem({ ...row, id: row.id })]));
    // Keyset "before" pages are read backwards from the cursor.
    const rows = view.cursor?.direction === "before" ? found.reverse() : found;
    const ranked = view.sort === "relevance" && view.q && result.total.total > RELEVANCE_CANDIDATES;
    const pageable = ranked ? RELEVANCE_CANDIDATES : result.total.total;
    const pageCount = Math.max(1, Math.ceil(pageable / view.size));
    const keyset = view.sort !== "relevance" && rows.length > 0;
    const [firstRow, lastRow] = [rows[0], rows.at(-1)];
    return {
      rows,
      total: result.total.total,
      totalEstimated: result.total.estimated,
      rankedAmong: ranked ? RELEVANCE_CANDIDATES : null,
      problems,
      page: view.page,
      pageSize: view.size,
      pageCount,
      nextCursor: keyset && lastRow && view.page < pageCount ? formatCursor(view.page + 1, view.sort, lastRow) : null,
      // Page 1 needs no cursor: it is read from the start of the index.
      previousCursor: keyset && firstRow && view.page > 2 ? formatCursor(view.page - 1, view.sort, firstRow) : null,
    };
  } catch (error) {
    if (isSearchTimeout(error)) return emptyResult(view, [...problems, TOO_BROAD]);
    if (isRetryLaterError(error)) return emptyResult(view, [...problems, error.message]);
    throw error;
  }
}
