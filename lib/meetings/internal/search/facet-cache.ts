import type { MeetingView } from "@/lib/meetings/search/filter-schema";

// Facet counts of recent views, kept for a few seconds in this server process. Most requests of a
// working team repeat a handful of views (the unfiltered table above all), and nine facets over a
// thousand matches cost more database time than the rows themselves. Concurrent requests for one
// view share one computation. Every meeting write through this process clears the cache
// (history.ts, inside the write's transaction: a count that starts in the moment before the commit
// can still keep the old figures); writes through another instance, and renamed people or tags,
// show within FACET_TTL_MS.

export const FACET_TTL_MS = 10_000;
const MAX_VIEWS = 500;

const entries = new Map<string, { expires: number; counts: Promise<unknown> }>();

/**
 * The part of a view its facet counts depend on: all of it but where the page starts and how it is
 * shown, so a filter added to the view later is part of the key without anyone remembering to.
 */
export function facetCacheKey(view: MeetingView, keys: readonly string[]): string {
  const { sort: _sort, dir: _dir, page: _page, size: _size, cols: _cols, cursor: _cursor, ...filter } = view;
  return JSON.stringify([filter, keys]);
}

/** The cached counts for `key`, or `compute()`'s, kept until they expire; a failure is not kept. */
export function cachedFacetCounts<T>(key: string, compute: () => Promise<T>, now = Date.now()): Promise<T> {
  const entry = entries.get(key);
  if (entry && entry.expires > now) {
    // Map order is insertion order: re-inserting marks the view as recently used.
    entries.delete(key);
    entries.set(key, entry);
    return entry.counts as Promise<T>;
  }
  const counts = compute();
  entries.set(key, { expires: now + FACET_TTL_MS, counts });
  counts.catch(() => {
    if (entries.get(key)?.counts === counts) entries.delete(key);
  });
  while (entries.size > MAX_VIEWS) entries.delete(entries.keys().next().value!);
  return counts;
}

/** After a meeting changed: the next request of any view counts afresh. */
export function forgetFacetCounts(): void {
  entries.clear();
}
