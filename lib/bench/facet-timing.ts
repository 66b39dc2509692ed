import { createPrismaClient } from "@/lib/database/client";
import { FACET_SAMPLE, facetsStatement } from "@/lib/meetings/search/facet-sql";
import { FACET_KEYS, parseMeetingView } from "@/lib/meetings/search/filter-schema";
import { chooseSearchPlan } from "@/lib/meetings/search/search-plan";
import { summarise, type Stats } from "@/lib/bench/timing";

/**
 * The facet panel streams into the page after the rows, so the page's time includes it but the
 * rows do not wait for it. This times the panel's part on its own, as the page runs it (facets.ts):
 * the search's plan for a sample of FACET_SAMPLE, then the facet statement built by the same
 * builder, one view after another, over one connection.
 */
export interface FacetTiming extends Stats {
  views: number;
}

export async function timeFacets(url: string, views: Record<string, string>[], rounds: number): Promise<FacetTiming> {
  const db = createPrismaClient(url, { max: 1 });
  try {
    const times: number[] = [];
    const parsed = views.map((params) => parseMeetingView(params).view);
    for (let round = -1; round < rounds; round += 1) {
      for (const view of parsed) {
        const started = performance.now();
        const searchPlan = view.q ? await chooseSearchPlan(db, view.q, FACET_SAMPLE) : undefined;
        await db.$queryRaw(facetsStatement(view, FACET_KEYS, searchPlan));
        // Round -1 warms the cache and is not kept.
        if (round >= 0) times.push(performance.now() - started);
      }
    }
    return { ...summarise(times), views: views.length };
  } finally {
    await db.$disconnect();
  }
}
