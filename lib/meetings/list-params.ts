import { createSerializer, parseAsInteger, parseAsString, parseAsStringLiteral, type inferParserType } from "nuqs/server";
import { MEETING_SORT_KEYS, type MeetingSortKey } from "@/lib/meetings/list-options";
import { FACET_KEYS, type FacetKey } from "@/lib/meetings/search/facet-keys";

// The meetings table's URL is its state. The server parses it with the one filter schema
// (lib/meetings/search/filter-schema.ts); the client reads and writes the same parameter names
// with these plain parsers, leaving validation to the server, so a link always reproduces the view.
// Multi-valued filters are comma-separated; a leading "-" excludes a value (`country=AZ,-RU`).

export const meetingListParsers = {
  q: parseAsString.withDefault(""),
  /** A facet is a comma list of values (`country=AZ,-RU`), one per key in the one list. */
  ...(Object.fromEntries(FACET_KEYS.map((key) => [key, parseAsString])) as Record<FacetKey, typeof parseAsString>),
  pair: parseAsString,
  from: parseAsString,
  to: parseAsString,
  /** No default: with a search the list sorts by relevance, without one by date. */
  sort: parseAsStringLiteral(MEETING_SORT_KEYS),
  dir: parseAsStringLiteral(["asc", "desc"] as const),
  page: parseAsInteger.withDefault(1),
  /** Keyset cursors written by Next/Previous; the server ignores one that does not fit the page. */
  after: parseAsString,
  before: parseAsString,
  size: parseAsInteger,
  cols: parseAsString,
};

export type MeetingListParams = inferParserType<typeof meetingListParsers>;

const serializeParams = createSerializer(meetingListParsers);

/**
 * A link to the table showing these params, written by the same parsers the facets and filters
 * write the URL with: the one place a table link is built (`{ person: id }` → `/meetings?person=…`).
 */
export function meetingsTableHref(params: Partial<MeetingListParams>): string {
  return serializeParams("/meetings", params);
}

/** Params that narrow the list (a search or a filter), as opposed to sorting and paging it. */
export const MEETING_FILTER_KEYS = ["q", ...FACET_KEYS, "pair", "from", "to"] as const;

export function hasActiveFilters(params: MeetingListParams): boolean {
  return MEETING_FILTER_KEYS.some((key) => Boolean(params[key]));
}

/** Every filter cleared, for "Clear filters". */
export const CLEARED_FILTERS = Object.fromEntries([...MEETING_FILTER_KEYS, "page"].map((key) => [key, null])) as Partial<
  Record<(typeof MEETING_FILTER_KEYS)[number] | "page", null>
>;

/** The sort in effect: relevance while searching, newest first otherwise. */
export function effectiveSort(params: Pick<MeetingListParams, "q" | "sort" | "dir">): {
  sort: MeetingSortKey;
  dir: "asc" | "desc";
} {
  const sort = params.sort === "relevance" && !params.q ? "date" : (params.sort ?? (params.q ? "relevance" : "date"));
  return { sort, dir: params.dir ?? (sort === "title" ? "asc" : "desc") };
}

export type FacetMode = "include" | "exclude";

/** A comma list's values split into included and excluded ones. */
export function readValues(list: string | null): { include: string[]; exclude: string[] } {
  const parts = (list ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  return {
    include: parts.filter((part) => !part.startsWith("-")),
    exclude: parts.filter((part) => part.startsWith("-")).map((part) => part.slice(1)),
  };
}

/**
 * The comma list after choosing a value: including or excluding it toggles that, and replaces
 * the opposite choice for the same value. Null when nothing is left (the parameter disappears).
 */
export function toggleValue(list: string | null, value: string, mode: FacetMode): string | null {
  const { include, exclude } = readValues(list);
  const inc = include.filter((item) => item !== value);
  const exc = exclude.filter((item) => item !== value);
  if (mode === "include" && !include.includes(value)) inc.push(value);
  if (mode === "exclude" && !exclude.includes(value)) exc.push(value);
  const next = [...inc, ...exc.map((item) => `-${item}`)].join(",");
  return next || null;
}
