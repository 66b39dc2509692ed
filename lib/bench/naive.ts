import pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildWhere } from "@/lib/meetings/search/build-where";
import { parseMeetingView } from "@/lib/meetings/search/filter-schema";
import { PAGE_SIZE, type Scenario } from "@/lib/bench/scenarios";
import { round, summarise } from "@/lib/bench/timing";

/**
 * What the same requests cost done the obvious way, measured in the same run as raw SQL (so the
 * ratio flatters the naive side: it pays no HTTP, no rendering): substring search with
 * `ILIKE '%…%'` over title, summary, outcome, names and source text, `OFFSET` paging, an exact
 * `count(*)`, no candidate bound.
 */
export interface NaiveResult {
  scenario: string;
  /** Rows of the page plus the exact total, per request. */
  medianMs: number;
  p95Ms: number;
  samples: number;
  /** How many requests ran into the statement timeout (counted at the timeout). */
  timedOut: number;
  /** Our whole HTTP response's median for the same scenario, and naive ÷ ours. */
  oursMedianMs: number;
  ratio: number;
}

const NAIVE_TIMEOUT_MS = 30_000;

function naiveStatements(path: string): { rows: Prisma.Sql; count: Prisma.Sql } {
  const params = Object.fromEntries(new URL(path, "http://localhost").searchParams);
  const { q, ...filters } = params;
  const { view } = parseMeetingView(filters);
  const conditions = [buildWhere(view)];
  if (q) {
    const pattern = `%${q.replaceAll('"', "").replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(Prisma.sql`(m."title" ILIKE ${pattern} OR m."summary" ILIKE ${pattern} OR m."outcome" ILIKE ${pattern}
      OR EXISTS (SELECT 1 FROM "Participation" x JOIN "Person" p ON p."id" = x."personId" WHERE x."meetingId" = m."id" AND p."name" ILIKE ${pattern})
      OR EXISTS (SELECT 1 FROM "Source" s WHERE s."meetingId" = m."id" AND s."text" ILIKE ${pattern}))`);
  }
  const where = Prisma.join(conditions, " AND ");
  const offset = (view.page - 1) * PAGE_SIZE;
  return {
    rows: Prisma.sql`SELECT m."id", m."title", m."date" FROM "Meeting" m WHERE ${where}
      ORDER BY m."date" DESC NULLS LAST, m."id" DESC OFFSET ${offset} LIMIT ${PAGE_SIZE}`,
    count: Prisma.sql`SELECT count(*) FROM "Meeting" m WHERE ${where}`,
  };
}

/** Each scenario's first `perScenario` URLs (searches rotate through several), once each after one warm-up. */
export async function timeNaive(
  url: string,
  scenarios: (Scenario & { oursMedianMs: number })[],
  perScenario: number,
  log: (line: string) => void,
): Promise<NaiveResult[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET statement_timeout = ${NAIVE_TIMEOUT_MS}`);
    const results: NaiveResult[] = [];
    for (const scenario of scenarios) {
      const paths = scenario.paths.length > 1 ? scenario.paths.slice(0, perScenario) : Array(perScenario).fill(scenario.path);
      const times: number[] = [];
      let timedOut = 0;
      for (const [i, path] of [paths[0]!, ...paths].entries()) {
        const { rows, count } = naiveStatements(path);
        const started = performance.now();
        try {
          await client.query(rows.text, rows.values);
          await client.query(count.text, count.values);
        } catch (error) {
          if ((error as { code?: string }).code !== "57014") throw error;
          timedOut += i > 0 ? 1 : 0;
        }
        if (i > 0) times.push(performance.now() - started);
      }
      const stats = summarise(times);
      results.push({
        scenario: scenario.key,
        medianMs: stats.medianMs,
        p95Ms: stats.p95Ms,
        samples: stats.samples,
        timedOut,
        oursMedianMs: scenario.oursMedianMs,
        ratio: round(stats.medianMs / Math.max(1, scenario.oursMedianMs)),
      });
      log(`  naive ${scenario.key}: median ${stats.medianMs.toFixed(0)} ms (ours ${scenario.oursMedianMs.toFixed(0)} ms)`);
    }
    return results;
  } finally {
    await client.end();
  }
}
