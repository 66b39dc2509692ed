import {
  createParser,
  parseAsArrayOf,
  parseAsInteger,
  parseAsNumberLiteral,
  parseAsString,
  parseAsStringLiteral,
  type inferParserType,
} from "nuqs/server";
import { MEETING_KINDS, MEETING_STATUSES } from "@/lib/meetings/kinds";
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE,
  MEETING_SORT_KEYS,
  PAGE_SIZES,
  isIsoDay,
  type MeetingSortKey,
} from "@/lib/meetings/list-options";
import type { ListMeetingsInput } from "@/lib/meetings/schemas";

// The meetings list's URL is its state: the server page parses it with these parsers, and the
// client table and filters write it with the same ones, so a link always reproduces the view.
// Unparseable values fall back to the defaults instead of failing the page.

const parseAsDay = createParser({
  parse: (value: string) => (isIsoDay(value) ? value : null),
  serialize: (value: string) => value,
});

const parseAsCountryCode = createParser({
  parse: (value: string) => (/^[A-Za-z]{2}$/.test(value) ? value.toUpperCase() : null),
  serialize: (value: string) => value,
});

export const meetingListParsers = {
  q: parseAsString.withDefault(""),
  kinds: parseAsArrayOf(parseAsStringLiteral(MEETING_KINDS)).withDefault([]),
  status: parseAsStringLiteral(MEETING_STATUSES),
  country: parseAsCountryCode,
  from: parseAsDay,
  to: parseAsDay,
  /** No default: with a search the list sorts by relevance, without one by date. */
  sort: parseAsStringLiteral(MEETING_SORT_KEYS),
  dir: parseAsStringLiteral(["asc", "desc"] as const),
  page: parseAsInteger.withDefault(1),
  pageSize: parseAsNumberLiteral(PAGE_SIZES).withDefault(DEFAULT_PAGE_SIZE),
};

export type MeetingListParams = inferParserType<typeof meetingListParsers>;

/** Params that narrow the list (a search or a filter), as opposed to sorting and paging it. */
export const MEETING_FILTER_KEYS = ["q", "kinds", "status", "country", "from", "to"] as const;

export function hasActiveFilters(params: MeetingListParams): boolean {
  return Boolean(params.q || params.kinds.length || params.status || params.country || params.from || params.to);
}

/** The sort in effect: relevance while searching, newest first otherwise. */
export function effectiveSort(params: Pick<MeetingListParams, "q" | "sort" | "dir">): {
  sort: MeetingSortKey;
  dir: "asc" | "desc";
} {
  const sort = params.sort === "relevance" && !params.q ? "date" : (params.sort ?? (params.q ? "relevance" : "date"));
  return { sort, dir: params.dir ?? (sort === "title" ? "asc" : "desc") };
}

export function toListMeetingsInput(params: MeetingListParams): ListMeetingsInput {
  return {
    q: params.q || undefined,
    kinds: params.kinds,
    status: params.status ?? undefined,
    country: params.country ?? undefined,
    from: params.from ?? undefined,
    to: params.to ?? undefined,
    ...effectiveSort(params),
    page: Math.min(Math.max(1, params.page), MAX_PAGE),
    pageSize: params.pageSize,
  };
}
