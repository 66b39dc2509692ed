import type { DatePrecision, MeetingKind, MeetingStatus, Side } from "@/lib/generated/prisma/enums";

// What the pages and client components receive: plain, serialisable, only the fields shown.

export interface MeetingListItem {
  id: string;
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  /** YYYY-MM-DD, or null when the date is unknown. */
  date: string | null;
  dateLabel: string;
  countries: { code: string; name: string; side: Side | null }[];
  /** Each with its id, so the row can link to the table filtered by it. */
  leads: { personId: string; name: string; countryCode: string | null }[];
  tags: { id: string; name: string }[];
  /** The first few, by name; the meeting page lists them all. */
  topics: { id: string; name: string }[];
  updatedAt: string;
  deleted: boolean;
}

/** A Date column of type DATE as YYYY-MM-DD (Prisma gives midnight UTC). */
export function toIsoDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const MONTH_FORMAT = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** "2 Apr 2024", "Apr 2024" or "2024": never more precise than what is known. */
export function formatMeetingDate(date: Date | null, precision: DatePrecision): string {
  if (!date) return "Date unknown";
  if (precision === "YEAR") return String(date.getUTCFullYear());
  if (precision === "MONTH") return MONTH_FORMAT.format(date);
  return DAY_FORMAT.format(date);
}

/** A table row with the search snippet (matched words between \u0002 and \u0003), when searching. */
export interface MeetingSearchItem extends MeetingListItem {
  snippet: string | null;
}

/** One page of the meetings table for a view, with what the analyst must be told about it. */
export interface MeetingSearchResult {
  rows: MeetingSearchItem[];
  total: number;
  /** True when `total` is the planner's estimate (past the exact-count threshold). */
  totalEstimated: boolean;
  /** Set when relevance ranking looked only at this many most recent matches. */
  rankedAmong: number | null;
  /** Short messages for the search box: what was ignored or refused. */
  problems: string[];
  page: number;
  pageSize: number;
  pageCount: number;
  /**
   * The `after`/`before` link values that open the next and previous page from the index
   * (keyset, filter-schema.ts) instead of by OFFSET; null where the sort has none (relevance) or
   * there is no such page.
   */
  nextCursor?: string | null;
  previousCursor?: string | null;
}

/** One facet value with the number of matching meetings that have it. */
export interface FacetValueCount {
  value: string;
  label: string;
  count: number;
}
