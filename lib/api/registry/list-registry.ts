import "server-only";
import { AppError } from "@/lib/errors";
import { decodeCursor, encodeCursor, refuseUnknownParams } from "@/lib/api/cursor";
import type { RegistryPage, RegistryRow } from "@/lib/registry/dto";
import { listCountries } from "@/lib/registry/list-countries";
import { listOrganizations } from "@/lib/registry/list-organizations";
import { listPeople } from "@/lib/registry/list-people";
import { REGISTRY_MAX_PAGE, registryListParsers } from "@/lib/registry/list-params";
import { listTopics } from "@/lib/registry/list-topics";

const LISTS = { people: listPeople, organizations: listOrganizations, countries: listCountries, topics: listTopics } as const;
export type RegistryKind = keyof typeof LISTS;

export const REGISTRY_LIST_PARAMS = ["q", "sort", "dir", "cursor"] as const;

export interface RegistryListPage {
  data: RegistryRow[];
  nextCursor: string | null;
  total: number;
  /** The search matched more than `total`: narrow it to see the rest. */
  capped: boolean;
}

/**
 * One page of an index (people, organisations, countries, topics) for the API: the index pages'
 * own search, sort and kept counts (lib/registry/, rule: any signed-in caller), paged by cursor.
 * Its URL parsers (lib/registry/list-params.ts) check the sort; what they refuse is a 422.
 */
export async function listRegistryPage(kind: RegistryKind, params: URLSearchParams): Promise<RegistryListPage> {
  refuseUnknownParams(params, REGISTRY_LIST_PARAMS);
  const errors: Record<string, string[]> = {};
  for (const key of ["sort", "dir"] as const) {
    const value = params.get(key);
    if (value !== null && registryListParsers[key].parse(value) === null) errors[key] = [`This ${key} value is not recognised.`];
  }
  const q = params.get("q") ?? "";
  if (q.length > 200) errors.q = ["A search can be at most 200 characters."];
  if (Object.keys(errors).length > 0) throw new AppError("validation", "Check the query parameters.", { fieldErrors: errors });
  const { page } = decodeCursor(params.get("cursor"));
  const result: RegistryPage = await LISTS[kind]({ q, sort: params.get("sort") ?? undefined, dir: params.get("dir") ?? undefined, page: String(page) });
  if (result.tooShort) throw new AppError("validation", "Check the query parameters.", { fieldErrors: { q: ["Type at least three letters to search people and organisations."] } });
  const more = result.query.page < Math.min(result.pageCount, REGISTRY_MAX_PAGE);
  return {
    data: result.rows,
    nextCursor: more ? encodeCursor({ page: result.query.page + 1, keyset: null }) : null,
    total: result.total,
    capped: result.capped,
  };
}
