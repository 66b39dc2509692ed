import pg from "pg";
import type { ScenarioInputs } from "@/lib/cli/bench/scenarios";
import { summarise } from "@/lib/cli/bench/timing";

/**
 * The list's SQL, copied in shape from lib/meetings/queries.ts (listMeetings) for EXPLAIN only:
 * the benchmark times the app over HTTP, and this says where the database's share of it goes.
 * Keep it in step with queries.ts by hand; a drift shows as plans that no longer match timings.
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

const PAGE_SIZE = 25;
const CANDIDATES = 2000; // SEARCH_CANDIDATE_LIMIT in queries.ts

const ORDER = {
  date: `"date" DESC NULLS LAST, "id" DESC`,
  title: `"title" ASC, "id" ASC`,
  relevance: `"rank" DESC, "date" DESC NULLS LAST, "id" DESC`,
};

interface ListShape {
  /** Conditions after `m."deletedAt" IS NULL`, with $n placeholders numbered from 1. */
  where: string[];
  params: unknown[];
  order: keyof typeof ORDER;
  page?: number;
}

function listStatements(scenario: string, shape: ListShape): Statement[] {
  const where = [`m."deletedAt" IS NULL`, ...shape.where].join(" AND ");
  const offset = ((shape.page ?? 1) - 1) * PAGE_SIZE;
  return [
    {
      scenario,
      name: "page ids",
      sql: `SELECT m."id"::text AS "meetingId" FROM "Meeting" m WHERE ${where} ORDER BY ${ORDER[shape.order]} LIMIT ${PAGE_SIZE} OFFSET ${offset}`,
      params: shape.params,
    },
    { scenario, name: "count", sql: `SELECT count(*)::int AS "total" FROM "Meeting" m WHERE ${where}`, params: shape.params },
  ];
}

function searchStatement(scenario: string, q: string): Statement {
  return {
    scenario,
    name: "search",
    sql: `WITH query AS (SELECT websearch_to_tsquery('parley', $1) AS q),
      meeting_hits AS (SELECT m."id" FROM "Meeting" m, query WHERE m."searchVector" @@ query.q LIMIT ${CANDIDATES}),
      source_hits AS (SELECT s."meetingId" AS "id" FROM "Source" s, query WHERE (SELECT count(*) FROM meeting_hits) < ${CANDIDATES} AND s."searchVector" @@ query.q LIMIT ${CANDIDATES}),
      filtered AS (
        SELECT m."id", m."date", m."title", m."updatedAt", coalesce(ts_rank(m."searchVector", query.q), 0) AS "rank"
        FROM (SELECT "id" FROM meeting_hits UNION SELECT "id" FROM source_hits) hits
        JOIN "Meeting" m ON m."id" = hits."id" CROSS JOIN query
        WHERE m."deletedAt" IS NULL)
      SELECT
        ARRAY(SELECT "id"::text AS "meetingId" FROM filtered ORDER BY ${ORDER.relevance} LIMIT ${PAGE_SIZE}) AS "ids",
        (SELECT count(*)::int FROM filtered) AS "total",
        ((SELECT count(*) FROM meeting_hits) >= ${CANDIDATES} OR (SELECT count(*) FROM source_hits) >= ${CANDIDATES}) AS "capped"`,
    params: [q],
  };
}

const countryFilter = `EXISTS (SELECT 1 FROM "MeetingCountry" mc WHERE mc."meetingId" = m."id" AND mc."countryCode" = $1)`;

/** The statements behind each list scenario of lib/cli/bench/scenarios.ts, keyed alike. */
export function listScenarioStatements(inputs: ScenarioInputs, deepPage: number): Statement[] {
  return [
    ...listStatements("list", { where: [], params: [], order: "date" }),
    ...listStatements("deep-page", { where: [], params: [], order: "date", page: deepPage }),
    ...listStatements("sort-title", { where: [], params: [], order: "title" }),
    ...listStatements("country-common", { where: [countryFilter], params: [inputs.commonCountry.code], order: "date" }),
    ...listStatements("country-rare", { where: [countryFilter], params: [inputs.rareCountry.code], order: "date" }),
    ...listStatements("kind-dates", {
      where: [`m."kind" = ANY(CAST($1 AS "MeetingKind"[]))`, `m."date" >= CAST($2 AS date)`, `m."date" <= CAST($3 AS date)`],
      params: [[inputs.kind], inputs.from, inputs.to],
      order: "date",
    }),
    searchStatement("search-rare", inputs.rareTerm.term),
    searchStatement("search-common", inputs.commonTerm.term),
    searchStatement("search-person", inputs.person.name),
    searchStatement("search-phrase", inputs.phrase.text),
  ];
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
