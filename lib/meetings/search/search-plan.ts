import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchPlan } from "@/lib/meetings/search/build-where";

type Query = Pick<Prisma.TransactionClient, "$queryRaw">;

/** Testing one meeting's match vector costs about this many visits to a matching row (measured at a million meetings). */
const WALK_COST = 20;

/**
 * How broad a search is, from the planner's estimate of the meetings its words match
 * (PostgreSQL's statistics of the match vector; a plan, never a scan: well under a millisecond).
 * The search is read by this plan (build-where.ts); a search's total starts from the planner's
 * estimate too, asked separately (count.ts).
 *
 * Collecting the matches first ("set") visits one narrow row per match; testing each meeting while
 * reading meetings in order ("walk") reads its match vector (out of line, about 4 KB) and reads
 * `needed ÷ share` meetings to find `needed` matches. With a test costing about WALK_COST visits,
 * walking wins once share × meetings > WALK_COST × needed ÷ share: a word in most meetings walks,
 * a word in a few per cent collects its matches.
 */
export async function chooseSearchPlan(tx: Query, q: string, needed: number): Promise<SearchPlan> {
  const [row] = await tx.$queryRaw<{ meetings: number }[]>`
    SELECT greatest(reltuples, 0)::float8 AS "meetings" FROM pg_class WHERE oid = '"MeetingMatch"'::regclass`;
  const meetings = row?.meetings ?? 0;
  if (meetings < 1) return "set";
  const [plan] = await tx.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "MeetingMatch" s WHERE s."matchVector" @@ websearch_to_tsquery('parley', ${q})`;
  return planFor(meetings, plan?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? 0, needed);
}

type PlanNode = { "Plan Rows"?: number; "Parent Relationship"?: string; Plans?: PlanNode[] };

/**
 * A table page's search plan and its total's estimate in one statement (issue 19: the page had
 * three look-ups for them). One EXPLAIN of three ARRAY sub-selects, each planned as an InitPlan
 * with its own row estimate: the match table's size (what reltuples gives chooseSearchPlan), the
 * meetings the words match, and the view's meetings (`where`, written for the "set" plan: both
 * plans select the same meetings). Nothing is read but statistics.
 */
export async function estimateSearch(client: Query, q: string, needed: number, where: Prisma.Sql): Promise<{ plan: SearchPlan; estimate: number }> {
  const [row] = await client.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT ARRAY(SELECT 1 FROM "MeetingMatch"),
      ARRAY(SELECT 1 FROM "MeetingMatch" s WHERE s."matchVector" @@ websearch_to_tsquery('parley', ${q})),
      ARRAY(SELECT 1 FROM "Meeting" m WHERE ${where})`;
  const initPlans = (row?.["QUERY PLAN"][0].Plan.Plans ?? []).filter((node) => node["Parent Relationship"] === "InitPlan");
  const [meetings, matches, estimate] = initPlans.map((node) => node["Plan Rows"] ?? 0);
  return { plan: planFor(meetings ?? 0, matches ?? 0, needed), estimate: Math.round(estimate ?? 0) };
}

function planFor(meetings: number, matches: number, needed: number): SearchPlan {
  if (meetings < 1) return "set";
  const share = Math.min(1, matches / meetings);
  return share * share * meetings > WALK_COST * needed ? "walk" : "set";
}
