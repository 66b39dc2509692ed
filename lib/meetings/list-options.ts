// Plain constants and checks shared by the server and the list's client components; kept free of
// zod so the browser bundle does not carry the schema library.

/** Sort keys the list accepts; each maps to an indexed ORDER BY in search/order-by.ts, nothing else. */
export const MEETING_SORT_KEYS = ["relevance", "date", "title", "updated"] as const;
export type MeetingSortKey = (typeof MEETING_SORT_KEYS)[number];

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;
/** Deep offsets cost a scan of everything before them; past this, narrow the search instead. */
export const MAX_PAGE = 1000;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written YYYY-MM-DD ("2024-02-30" is not one). */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Longest search accepted; the search box has this maxLength and longer ones are refused. */
export const MAX_SEARCH_LENGTH = 300;
