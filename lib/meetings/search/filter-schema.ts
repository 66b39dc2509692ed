import { z } from "zod";
import { MEETING_KINDS, MEETING_STATUSES } from "@/lib/meetings/kinds";
import { DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_SEARCH_LENGTH, MEETING_SORT_KEYS, PAGE_SIZES, isIsoDay } from "@/lib/meetings/list-options";
import { unsafeTextProblem } from "@/lib/meetings/write/safe-text";
import type { MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";
import { FACET_KEYS, type FacetKey } from "@/lib/meetings/search/facet-keys";

// The table's one filter: the URL, saved views, export and the bench all parse with this schema,
// and build-where.ts turns its output into SQL. Parsing never throws: a value that cannot be a
// filter is dropped and reported as a short problem the page shows beside the search box, so a
// hand-edited or stale link still opens the right rows instead of the error panel.

/** At most this many values per facet: the OR list stays a small, indexable ANY(...). */
export const MAX_FACET_VALUES = 20;

/** Values of one facet: OR within `include`, NOT within `exclude` (`country=AZ,-RU`). */
export interface FacetSelection<T> {
  include: T[];
  exclude: T[];
}

// The facet keys live in their own zod-free module (the facet panel reads them too); re-exported
// here because every server-side reader of the filter imports them from the schema.
export { FACET_KEYS, type FacetKey } from "@/lib/meetings/search/facet-keys";

export interface MeetingFilter {
  q: string | null;
  country: FacetSelection<string>;
  person: FacetSelection<string>;
  organization: FacetSelection<string>;
  topic: FacetSelection<string>;
  tag: FacetSelection<string>;
  kind: FacetSelection<MeetingKind>;
  status: FacetSelection<MeetingStatus>;
  outlet: FacetSelection<string>;
  year: FacetSelection<number>;
  /** Meetings between two countries; either side may be left open (`pair=AZ,`). */
  pair: [string | null, string | null] | null;
  from: string | null;
  to: string | null;
}

/**
 * Where a page starts, written by the table's Next and Previous links (`after=`/`before=`
 * `<page>.<sort value>.<id>`): the first or last row of the neighbouring page, so a deep page is
 * read from the index instead of skipping OFFSET rows. It is bound to the page it leads to; a
 * cursor left over from another page (a numbered jump, a new filter) is ignored and the page is
 * read by OFFSET — the same rows, only slower.
 */
export interface PageCursor {
  /** after: the page starts just past this row; before: it ends just ahead of it. */
  direction: "after" | "before";
  /** The row's sort value as written in the link: YYYY-MM-DD or null (date), an ISO instant (updated), the title. */
  value: string | null;
  id: string;
}

export interface MeetingView extends MeetingFilter {
  sort: (typeof MEETING_SORT_KEYS)[number];
  dir: "asc" | "desc";
  page: number;
  size: number;
  cols: string[];
  /** Set only when the link's cursor is valid for this page and sort. */
  cursor: PageCursor | null;
}

export interface ParsedView {
  view: MeetingView;
  /** What was dropped or refused, in the analyst's words; empty when the URL was fine. */
  problems: string[];
  /** True when the search itself was refused (rows must not be shown as if it had run). */
  searchRefused: boolean;
}

export type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

const uuid = z.uuid();
const countryCode = z.string().regex(/^[A-Za-z]{2}$/).transform((code) => code.toUpperCase());
const year = z.coerce.number().int().min(1000).max(9999);
const outlet = z.string().trim().min(1).max(200);

function first(raw: RawParams, key: string): string | undefined {
  const value = raw instanceof URLSearchParams ? (raw.get(key) ?? undefined) : raw[key];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The view's parameters (but the search, `q`, and the page cursors) in the analyst's words, for
 * the message when one cannot be read. Saved views keep exactly these (lib/views/internal/schemas.ts), so a
 * new filter added here is saved with a view without anyone remembering to.
 */
export const PARAM_LABELS: Readonly<Record<string, string>> = {
  country: "country filter",
  person: "person filter",
  organization: "organisation filter",
  topic: "topic filter",
  tag: "tag filter",
  kind: "kind filter",
  status: "status filter",
  outlet: "outlet filter",
  year: "year filter",
  pair: "country pair",
  from: "from date",
  to: "to date",
  sort: "sort order",
  dir: "sort direction",
  page: "page number",
  size: "page size",
  cols: "column list",
} satisfies Record<FacetKey | "pair" | "from" | "to" | "sort" | "dir" | "page" | "size" | "cols", string>;

/**
 * The params without any value PostgreSQL cannot take as text (a NUL, a lone surrogate): such a
 * value would fail the whole statement and show the error panel, so it is dropped here, once,
 * for every parameter, and said. A search holding one is refused; a cursor is dropped silently
 * (the page is read by OFFSET, as for any stale cursor).
 */
function withoutUnreadableText(raw: RawParams, problems: string[]): { params: Record<string, string>; searchRefused: boolean } {
  const params: Record<string, string> = {};
  let searchRefused = false;
  const keys = raw instanceof URLSearchParams ? [...new Set(raw.keys())] : Object.keys(raw);
  for (const key of keys) {
    const value = first(raw, key);
    if (value === undefined) continue;
    const problem = unsafeTextProblem(value);
    if (!problem) {
      params[key] = value;
    } else if (key === "q") {
      problems.push(`The search ${problem}`);
      searchRefused = true;
    } else if (PARAM_LABELS[key]) {
      problems.push(`The ${PARAM_LABELS[key]} in the link contains a character that cannot be read (a NUL or a broken character) and is ignored.`);
    }
  }
  return { params, searchRefused };
}

/** The first and last days PostgreSQL's date and JavaScript's Date both hold as YYYY-MM-DD (there is no year 0). */
export const EARLIEST_DAY = "0001-01-01";
export const LATEST_DAY = "9999-12-31";

/** A real calendar day that the database can compare with: YYYY-MM-DD, from year 1 to 9999. */
function isViewDay(value: string): boolean {
  return isIsoDay(value) && value >= EARLIEST_DAY;
}

function splitList(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function parseFacet<T>(
  raw: RawParams,
  key: string,
  schema: z.ZodType<T>,
  label: string,
  problems: string[],
): FacetSelection<T> {
  const selection: FacetSelection<T> = { include: [], exclude: [] };
  let dropped = false;
  for (const part of splitList(first(raw, key)).slice(0, MAX_FACET_VALUES)) {
    const excluded = part.startsWith("-");
    const parsed = schema.safeParse(excluded ? part.slice(1) : part);
    if (!parsed.success) {
      dropped = true;
      continue;
    }
    const list = excluded ? selection.exclude : selection.include;
    if (!list.includes(parsed.data)) list.push(parsed.data);
  }
  if (dropped) problems.push(`Some ${label} values in the link were not recognised and are ignored.`);
  return selection;
}

function parseDay(raw: RawParams, key: string, label: string, problems: string[]): string | null {
  const value = first(raw, key)?.trim();
  if (!value) return null;
  if (isViewDay(value)) return value;
  problems.push(
    isIsoDay(value)
      ? `The ${label} date must be between ${EARLIEST_DAY} and ${LATEST_DAY}; it is ignored.`
      : `The ${label} date must be written YYYY-MM-DD; it is ignored.`,
  );
  return null;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/** The cursor that leads to `page` under `sort`, or null (absent, malformed, or written for another page). */
function parseCursor(raw: RawParams, sort: MeetingView["sort"], page: number): PageCursor | null {
  if (sort === "relevance" || page < 2) return null;
  for (const direction of ["after", "before"] as const) {
    const token = first(raw, direction);
    if (!token) continue;
    const firstDot = token.indexOf(".");
    const lastDot = token.lastIndexOf(".");
    if (firstDot < 0 || lastDot <= firstDot) return null;
    const id = uuid.safeParse(token.slice(lastDot + 1));
    if (Number(token.slice(0, firstDot)) !== page || !id.success) return null;
    const value = token.slice(firstDot + 1, lastDot);
    if (sort === "date") {
      if (value === "none") return { direction, value: null, id: id.data };
      return isViewDay(value) ? { direction, value, id: id.data } : null;
    }
    if (sort === "updated") {
      return ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value)) && isViewDay(value.slice(0, 10)) ? { direction, value, id: id.data } : null;
    }
    return value.length > 0 && value.length <= 1000 ? { direction, value, id: id.data } : null;
  }
  return null;
}

/** The link value of a cursor leading to `page` from `row` (the inverse of parseCursor). */
export function formatCursor(page: number, sort: MeetingView["sort"], row: { date: string | null; updatedAt: string; title: string; id: string }): string {
  const value = sort === "updated" ? row.updatedAt : sort === "title" ? row.title : (row.date ?? "none");
  return `${page}.${value}.${row.id}`;
}

/** Parses a URL's search params (or a saved view's query string) into the table's view. */
export function parseMeetingView(input: RawParams): ParsedView {
  const problems: string[] = [];
  const { params: raw, searchRefused: unreadableSearch } = withoutUnreadableText(input, problems);
  let searchRefused = unreadableSearch;

  let q: string | null = first(raw, "q")?.trim() || null;
  if (q && q.length > MAX_SEARCH_LENGTH) {
    problems.push(`A search can be at most ${MAX_SEARCH_LENGTH} characters; shorten it.`);
    searchRefused = true;
    q = null;
  }

  let from = parseDay(raw, "from", "from", problems);
  let to = parseDay(raw, "to", "to", problems);
  if (from && to && from > to) {
    problems.push("The from date is after the to date, so they were swapped.");
    [from, to] = [to, from];
  }

  const pairParts = first(raw, "pair")?.split(",").map((part) => part.trim()) ?? [];
  let pair: MeetingFilter["pair"] = null;
  if (pairParts.length > 0 && pairParts.some(Boolean)) {
    const sides = [pairParts[0] ?? "", pairParts[1] ?? ""].map((part) => (part ? countryCode.safeParse(part) : null));
    if (sides.some((side) => side && !side.success)) {
      problems.push("The country pair in the link was not recognised and is ignored.");
    } else {
      pair = [sides[0]?.data ?? null, sides[1]?.data ?? null];
    }
  }

  const sortRaw = first(raw, "sort");
  const sortParsed = z.enum(MEETING_SORT_KEYS).safeParse(sortRaw);
  if (sortRaw && !sortParsed.success) problems.push("That sort order is not available; sorted by date instead.");
  let sort = sortParsed.success ? sortParsed.data : q ? "relevance" : "date";
  if (sort === "relevance" && !q) sort = "date";
  const dirParsed = z.enum(["asc", "desc"]).safeParse(first(raw, "dir"));
  const dir = dirParsed.success ? dirParsed.data : sort === "title" ? "asc" : "desc";

  const pageParsed = z.coerce.number().int().min(1).safeParse(first(raw, "page"));
  const page = pageParsed.success ? Math.min(pageParsed.data, MAX_PAGE) : 1;
  // The menu offers PAGE_SIZES; a link may ask for any size up to the largest.
  const sizeParsed = z.coerce.number().int().min(1).max(Math.max(...PAGE_SIZES)).safeParse(first(raw, "size"));
  const size = sizeParsed.success ? sizeParsed.data : DEFAULT_PAGE_SIZE;
  const cols = splitList(first(raw, "cols")).filter((col) => /^[a-z]{1,20}$/.test(col)).slice(0, 20);

  return {
    view: {
      q,
      country: parseFacet(raw, "country", countryCode, "country", problems),
      person: parseFacet(raw, "person", uuid, "person", problems),
      organization: parseFacet(raw, "organization", uuid, "organisation", problems),
      topic: parseFacet(raw, "topic", uuid, "topic", problems),
      tag: parseFacet(raw, "tag", uuid, "tag", problems),
      kind: parseFacet(raw, "kind", z.enum(MEETING_KINDS), "kind", problems),
      status: parseFacet(raw, "status", z.enum(MEETING_STATUSES), "status", problems),
      outlet: parseFacet(raw, "outlet", outlet, "outlet", problems),
      year: parseFacet(raw, "year", year, "year", problems),
      pair,
      from,
      to,
      sort,
      dir,
      page,
      size,
      cols,
      cursor: parseCursor(raw, sort, page),
    },
    problems,
    searchRefused,
  };
}

/** True when the view narrows the meetings (a search or any filter), not only sorts or pages them. */
export function isFiltered(filter: MeetingFilter): boolean {
  return Boolean(
    filter.q ||
      filter.pair ||
      filter.from ||
      filter.to ||
      FACET_KEYS.some((key) => filter[key].include.length > 0 || filter[key].exclude.length > 0),
  );
}
