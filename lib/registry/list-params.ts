import { createSerializer, parseAsInteger, parseAsString, parseAsStringLiteral, type inferParserType } from "nuqs/server";

// The registry's URL is its state, written by the same nuqs parsers the meetings table uses
// (lib/meetings/list-params.ts): `/people?q=aliev&sort=meetings&dir=desc&page=2`. The server reads
// it with registryQuerySchema (lib/registry/schemas.ts); links are built here and nowhere else.

/** "match" ranks by how well the name or a spelling fits the search; without one it falls back to meetings. */
export const REGISTRY_SORT_KEYS = ["match", "name", "meetings", "lastMet"] as const;
export type RegistrySortKey = (typeof REGISTRY_SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

export const REGISTRY_PAGE_SIZE = 50;
/** Deep offsets cost a walk past every earlier row; past this, a search narrows faster. */
export const REGISTRY_MAX_PAGE = 1000;

export const registryListParsers = {
  q: parseAsString.withDefault(""),
  /** No default: with a search the list ranks by match, without one by meetings, most first. */
  sort: parseAsStringLiteral(REGISTRY_SORT_KEYS),
  dir: parseAsStringLiteral(["asc", "desc"] as const),
  page: parseAsInteger.withDefault(1),
};

export type RegistryListParams = inferParserType<typeof registryListParsers>;

const serialize = createSerializer(registryListParsers);

/** A link to an index page showing these params (the defaults left out of the URL). */
export function registryHref(path: string, params: Partial<RegistryListParams>): string {
  return serialize(path, { ...params, q: params.q || null, page: params.page && params.page > 1 ? params.page : null });
}

/** The sort in effect, and the direction each key reads best in when none is asked for. */
export function effectiveRegistrySort(params: { q: string; sort?: RegistrySortKey | null; dir?: SortDirection | null }): {
  sort: RegistrySortKey;
  dir: SortDirection;
} {
  const sort = params.sort === "match" && !params.q ? "meetings" : (params.sort ?? (params.q ? "match" : "meetings"));
  return { sort, dir: params.dir ?? (sort === "name" ? "asc" : "desc") };
}
