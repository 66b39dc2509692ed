import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchPlan } from "@/lib/meetings/search/build-where";

type Query = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * How broad a search is, from the planner's estimate of the meetings its words match
 * (PostgreSQL's statistics of the match vector; a plan, never a scan: well under a millisecond).
 * A search of names joins the meetings of similar names by this plan (build-where.ts), and the
 * total of a "walk" search starts from the estimate (count.ts). A search that is not a name is
 * one condition on "Meeting", and PostgreSQL chooses between the GIN index and the date order.
 *
 * Collecting the matches first ("set") costs about the same per match; testing each meeting while
 * reading meetings in order ("walk") costs about the same per meeting read, and reads
 * `needed ÷ share` meetings to find `needed` matches. So walking wins once
 * share × meetings > needed ÷ share, i.e. share² × meetings > needed: a word in most meetings
 * walks, a rare word collects its few matches.
 */
export async function chooseSearchPlan(tx: Query, q: string, needed: number): Promise<SearchPlan> {
  const [row] = await tx.$queryRaw<{ meetings: number }[]>`
    SELECT greatest(reltuples, 0)::float8 AS "meetings" FROM pg_class WHERE oid = '"Meeting"'::regclass`;
  const meetings = row?.meetings ?? 0;
  if (meetings < 1) return "set";
  const [plan] = await tx.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "Meeting" m WHERE m."matchVector" @@ websearch_to_tsquery('parley', ${q})`;
  const share = Math.min(1, (plan?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? 0) / meetings);
  return share * share * meetings > needed ? "walk" : "set";
}
