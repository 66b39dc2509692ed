import "server-only";
import { AppError } from "@/lib/errors";
import { decodeCursor, encodeCursor, readLimit, refuseUnknownParams } from "@/lib/api/cursor";
import type { MeetingSearchItem } from "@/lib/meetings/dto";
import { MEETING_FILTER_KEYS, meetingListParsers } from "@/lib/meetings/list-params";
import { DEFAULT_PAGE_SIZE, MAX_PAGE, PAGE_SIZES } from "@/lib/meetings/list-options";
import { parseMeetingView } from "@/lib/meetings/search/filter-schema";
import { searchMeetings } from "@/lib/meetings/search/search-meetings";

/** The table's own parameters an API list takes (its URL, lib/meetings/list-params.ts), and the API's paging. */
export const MEETING_LIST_PARAMS = [...MEETING_FILTER_KEYS, "sort", "dir", "limit", "cursor"] as const;
export const MEETING_LIST_MAX = Math.max(...PAGE_SIZES);

export interface MeetingListPage {
  data: MeetingSearchItem[];
  /** Pass as `cursor` for the next page; null on the last. */
  nextCursor: string | null;
  total: number;
  totalEstimated: boolean;
}

/**
 * What the table would refuse, said per parameter: the table shows a bad value as a note and
 * drops it, which a program would never see, so the API refuses the request instead.
 */
function fieldProblems(params: URLSearchParams): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const key of [...MEETING_FILTER_KEYS, "sort", "dir"] as const) {
    const value = params.get(key);
    if (value === null) continue;
    const parser = meetingListParsers[key];
    const alone = new URLSearchParams({ [key]: value });
    const problems = parser.parse(value) === null ? [`This ${key} value is not recognised.`] : parseMeetingView(alone).problems;
    if (problems.length > 0) errors[key] = problems;
  }
  const together = parseMeetingView(params).problems;
  if (Object.keys(errors).length === 0 && together.length > 0) errors._query = together;
  return errors;
}

/**
 * One page of meetings for the API: the table's search, filters and sort, read by the table's
 * own search (searchMeetings, with its rule: any signed-in caller), paged by cursor.
 */
export async function listMeetingsPage(params: URLSearchParams): Promise<MeetingListPage> {
  refuseUnknownParams(params, MEETING_LIST_PARAMS);
  const limit = readLimit(params.get("limit"), MEETING_LIST_MAX, DEFAULT_PAGE_SIZE);
  const cursor = decodeCursor(params.get("cursor"));
  const errors = fieldProblems(params);
  if (Object.keys(errors).length > 0) throw new AppError("validation", "Check the query parameters.", { fieldErrors: errors });

  const view = new URLSearchParams();
  for (const key of [...MEETING_FILTER_KEYS, "sort", "dir"]) {
    const value = params.get(key);
    if (value !== null) view.set(key, value);
  }
  view.set("size", String(limit));
  view.set("page", String(cursor.page));
  if (cursor.keyset) view.set("after", cursor.keyset);

  const result = await searchMeetings(view);
  // Left after the checks above: a search too broad to finish, or too many at once.
  if (result.problems.length > 0) throw new AppError("validation", result.problems.join(" "), { fieldErrors: { q: result.problems } });
  const more = result.page < Math.min(result.pageCount, MAX_PAGE) && result.rows.length === limit;
  const keyset = result.nextCursor ?? null;
  return {
    data: result.rows,
    nextCursor: more ? encodeCursor({ page: result.page + 1, keyset }) : null,
    total: result.total,
    totalEstimated: result.totalEstimated,
  };
}
