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
  const share = Math.min(1, (plan?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? 0) / meetings);
  return share * share * meetings > WALK_COST * needed ? "walk" : "set";
}
