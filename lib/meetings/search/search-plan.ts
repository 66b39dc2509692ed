import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchPlan } from "@/lib/meetings/search/build-where";

type Query = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * How a search should reach source text, from the planner's estimate of the sources it matches
 * (PostgreSQL's statistics of the tsvector column; a plan, never a scan: well under a millisecond).
 *
 * Collecting the matching sources first ("set") costs about the same per matching source; checking
 * each meeting's sources while reading meetings in order ("walk") costs about the same per meeting
 * read, and reads `needed ÷ share` meetings to find `needed` matches. So walking wins once
 * share × sources > needed ÷ share, i.e. share² × sources > needed: a word in most sources walks
 * (its set would be most of the table, and the set path read 160,000 source vectors for one page),
 * a rare word collects its few sources.
 */
export async function chooseSearchPlan(tx: Query, q: string, needed: number): Promise<SearchPlan> {
  const [row] = await tx.$queryRaw<{ sources: number }[]>`
    SELECT greatest(reltuples, 0)::float8 AS "sources" FROM pg_class WHERE oid = '"Source"'::regclass`;
  const sources = row?.sources ?? 0;
  if (sources < 1) return "set";
  const [plan] = await tx.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "Source" s WHERE s."searchVector" @@ websearch_to_tsquery('parley', ${q})`;
  const share = Math.min(1, (plan?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? 0) / sources);
  return share * share * sources > needed ? "walk" : "set";
}
