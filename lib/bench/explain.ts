import pg from "pg";
import { buildWhere } from "@/lib/meetings/search/build-where";
import { countStatement } from "@/lib/meetings/search/count";
import { parseMeetingView } from "@/lib/meetings/search/filter-schema";
import { pageIdStatements } from "@/lib/meetings/search/rows";
import type { Scenario } from "@/lib/bench/scenarios";
import { summarise } from "@/lib/bench/timing";

/**
 * EXPLAIN of the table's SQL: the benchmark times the app over HTTP, and this says where the
 * database's share of it goes.
 */

export interface Statement {
  scenario: string;
  name: "page ids" | "count" | "search";
  sql: string;
  params: unknown[];
}

export interface ExplainResult {
  scenario: string;
  statement: string;
  executionMedianMs: number;
  planningMs: number;
  sharedHit: number;
  sharedRead: number;
  /** The plan's nodes, outermost first: enough to see which index (if any) was used. */
  shape: string;
  plan: string;
}

/**
 * The table's own SQL for a URL, built by the same filter schema, builder and page statements the
 * app runs (lib/meetings/search), so the plans cannot drift from what the benchmark times.
 */
function viewStatements(scenario: string, path: string): Statement[] {
  const { view } = parseMeetingView(new URL(path, "http://localhost").searchParams);
  const where = buildWhere(view);
  const ids = pageIdStatements(view, {})[0]!;
  const count = countStatement(where);
  return [
    { scenario, name: view.q ? "search" : "page ids", sql: ids.text, params: ids.values },
    { scenario, name: "count", sql: count.text, params: count.values },
  ];
}

/** The statements behind each list scenario (its first URL), keyed alike. */
export function listScenarioStatements(scenarios: Scenario[]): Statement[] {
  return scenarios.filter((scenario) => (scenario.expects === "rows" || scenario.expects === "search")).flatMap((scenario) => viewStatements(scenario.key, scenario.path));
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: PlanNode[];
}

function describe(node: PlanNode): string {
  const target = node["Index Name"] ?? node["Relation Name"];
  const children = (node.Plans ?? []).map(describe);
  const self = target ? `${node["Node Type"]} (${target})` : node["Node Type"];
  return children.length > 0 ? `${self} ← ${children.length > 1 ? `[${children.join("; ")}]` : children[0]}` : self;
}

/** EXPLAIN (ANALYZE, BUFFERS) each statement `runs` times; the median execution time is kept. */
export async function explainStatements(url: string, statements: Statement[], runs = 3): Promise<ExplainResult[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const results: ExplainResult[] = [];
    for (const statement of statements) {
      const times: number[] = [];
      let last: { Plan: PlanNode; "Planning Time": number; "Execution Time": number } | undefined;
      for (let i = 0; i < runs; i += 1) {
        const { rows } = await client.query<{ "QUERY PLAN": [typeof last] }>(
          `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.sql}`,
          statement.params,
        );
        last = rows[0]!["QUERY PLAN"][0]!;
        times.push(last["Execution Time"]);
      }
      const { rows: text } = await client.query<{ "QUERY PLAN": string }>(
        `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${statement.sql}`,
        statement.params,
      );
      results.push({
        scenario: statement.scenario,
        statement: statement.name,
        executionMedianMs: summarise(times).medianMs,
        planningMs: Math.round(last!["Planning Time"] * 10) / 10,
        sharedHit: last!.Plan["Shared Hit Blocks"] ?? 0,
        sharedRead: last!.Plan["Shared Read Blocks"] ?? 0,
        shape: describe(last!.Plan),
        plan: text.map((row) => row["QUERY PLAN"]).join("\n"),
      });
    }
    return results;
  } finally {
    await client.end();
  }
}
