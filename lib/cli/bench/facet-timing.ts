import pg from "pg";
import { facetsStatement } from "@/lib/meetings/search/facet-sql";
import { FACET_KEYS, parseMeetingView } from "@/lib/meetings/search/filter-schema";
import { summarise, type Stats } from "@/lib/cli/bench/timing";

/**
 * The facet panel streams into the page after the rows, so the page's time includes it but the
 * rows do not wait for it. This times the panel's part on its own: the facet statement the page runs
 * (facet-sql.ts, built by the same builder), one view after another, over one connection.
 */
export interface FacetTiming extends Stats {
  views: number;
}

export async function timeFacets(url: string, views: Record<string, string>[], rounds: number): Promise<FacetTiming> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const times: number[] = [];
    const statements = views.map((params) => {
      const { view } = parseMeetingView(params);
      return [facetsStatement(view, FACET_KEYS)];
    });
    for (let round = -1; round < rounds; round += 1) {
      for (const view of statements) {
        const started = performance.now();
        for (const statement of view) await client.query(statement.text, statement.values);
        // Round -1 warms the cache and is not kept.
        if (round >= 0) times.push(performance.now() - started);
      }
    }
    return { ...summarise(times), views: views.length };
  } finally {
    await client.end();
  }
}
