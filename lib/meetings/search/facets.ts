import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { readDb } from "@/lib/db";
import type { FacetValueCount } from "@/lib/meetings/dto";
import { MEETING_KIND_LABELS, MEETING_STATUS_LABELS } from "@/lib/meetings/kinds";
import { FACET_KEYS, type FacetKey, type MeetingView, type RawParams } from "@/lib/meetings/search/filter-schema";
import { inOneStatement, inViewTransaction, openView, planView } from "@/lib/meetings/internal/search/open-view";
import { cachedFacetCounts, facetCacheKey } from "@/lib/meetings/internal/search/facet-cache";
import { FACET_SAMPLE, facetsStatement, type FacetRow } from "@/lib/meetings/search/facet-sql";
import { isSearchTimeout } from "@/lib/meetings/internal/search/timeout";

export interface MeetingFacets {
  facets: Record<FacetKey, FacetValueCount[]>;
  /** Set when the counts cover only the FACET_SAMPLE most recent matches. */
  sampled: number | null;
}

function label(key: FacetKey, value: FacetValueCount): FacetValueCount {
  if (key === "kind") return { ...value, label: MEETING_KIND_LABELS[value.value as keyof typeof MEETING_KIND_LABELS] ?? value.label };
  if (key === "status") return { ...value, label: MEETING_STATUS_LABELS[value.value as keyof typeof MEETING_STATUS_LABELS] ?? value.label };
  return value;
}

/**
 * Counts per facet value for a view. Each facet counts the view without its own selection
 * (OR within a facet keeps its other values visible), with every other filter applied (AND).
 * Rule: any signed-in user; live meetings only (the same counts for everyone, so they are shared
 * between users for a few seconds: facet-cache.ts).
 */
export async function countMeetingFacets(raw: RawParams, keys: readonly FacetKey[] = FACET_KEYS): Promise<MeetingFacets> {
  await requireUser();
  const { view, refusal } = openView(raw);
  if (refusal) return { facets: noCounts(), sampled: null };
  // A search too broad to count in time shows no facets (and is not cached: it may pass when quieter).
  return cachedFacetCounts(facetCacheKey(view, keys), () => countFacets(view, keys)).catch((error: unknown) => {
    if (isSearchTimeout(error)) return { facets: noCounts(), sampled: null };
    throw error;
  });
}

const noCounts = () => Object.fromEntries(FACET_KEYS.map((key) => [key, []])) as unknown as Record<FacetKey, FacetValueCount[]>;

async function countFacets(view: MeetingView, keys: readonly FacetKey[]): Promise<MeetingFacets> {
  // Without a search the counts are one statement and need no transaction; a search's plan is
  // read first, in the same snapshot.
  const rows = view.q
    ? await inViewTransaction(async (tx) => tx.$queryRaw<FacetRow[]>(facetsStatement(view, keys, await planView(tx, view, FACET_SAMPLE))), readDb)
    : await inOneStatement((client) => client.$queryRaw<FacetRow[]>(facetsStatement(view, keys, undefined)), readDb);
  const facets = noCounts();
  let sampled: number | null = null;
  for (const row of rows) {
    if (row.sampleSize >= FACET_SAMPLE) sampled = FACET_SAMPLE;
    facets[row.facet] = [...facets[row.facet], label(row.facet, { value: row.value, label: row.label, count: row.count })];
  }
  return { facets, sampled };
}
