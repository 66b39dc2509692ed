import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import type { MeetingSearchResult } from "@/lib/meetings/dto";
import { buildWhere } from "@/lib/meetings/search/build-where";
import { countMatches } from "@/lib/meetings/search/count";
import { formatCursor, type MeetingView, type RawParams } from "@/lib/meetings/search/filter-schema";
import { inViewTransaction, openView, planView } from "@/lib/meetings/search/open-view";
import { listSelect, toListItem } from "@/lib/meetings/search/list-select";
import { RELEVANCE_CANDIDATES } from "@/lib/meetings/search/order-by";
import { selectPageIds } from "@/lib/meetings/search/rows";
import { selectSnippets } from "@/lib/meetings/search/snippets";
import { isSearchTimeout } from "@/lib/meetings/search/timeout";
import { isRetryLaterError, withUserLimit } from "@/lib/security/user-limits";

export const TOO_BROAD = "This search is too broad: add a word or a filter.";

function emptyResult(view: MeetingView, problems: string[]): MeetingSearchResult {
  return { rows: [], total: 0, totalEstimated: false, rankedAmong: null, problems, page: view.page, pageSize: view.size, pageCount: 1 };
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
    // Ids, total, rows and snippets from one snapshot, so the total describes the rows shown;
    // at most a few of one user's at once (user-limits.ts), a search over it answers in `problems`.
    const result = await withUserLimit(user.id, "search", () => inViewTransaction(
      async (tx) => {
        const relevance = view.sort === "relevance" && view.q;
        const needed = relevance ? RELEVANCE_CANDIDATES : view.cursor ? view.size : view.page * view.size;
        const searchPlan = await planView(tx, view, needed);
        const ids = await selectPageIds(tx, view, { showDeleted, searchPlan });
        const total = await countMatches(tx, buildWhere(view, { showDeleted, searchPlan }), { estimateFirst: Boolean(view.q) });
        const rows = ids.length > 0 ? await tx.meeting.findMany({ where: { id: { in: ids } }, select: listSelect }) : [];
        const snippets = view.q ? await selectSnippets(tx, ids, view.q) : new Map<string, string>();
        return { ids, total, rows, snippets };
      },
    ));
    const byId = new Map(result.rows.map((row) => [row.id, row]));
    const rows = result.ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [{ ...toListItem(row), snippet: result.snippets.get(id) ?? null }] : [];
    });
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
