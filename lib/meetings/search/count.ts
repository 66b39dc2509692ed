import { Prisma } from "@/lib/generated/prisma/client";

/** Totals are exact up to here; beyond it an estimate is shown, labelled "about". */
export const EXACT_COUNT_LIMIT = 10_000;

/** Past this estimate a search is not counted at all: its estimate is shown as it is. */
export const COUNT_SKIPPED_ABOVE = 2 * EXACT_COUNT_LIMIT;

export interface MeetingTotal {
  total: number;
  estimated: boolean;
}

/** The capped count: at most EXACT_COUNT_LIMIT + 1 rows are read. */
export function countStatement(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS "total" FROM (SELECT 1 FROM "Meeting" m WHERE ${where} LIMIT ${EXACT_COUNT_LIMIT + 1}) capped`;
}

/**
 * A view's total from its capped count (which rides in the page's statement, page-statement.ts).
 * Counting stops after EXACT_COUNT_LIMIT + 1 rows, so a view of 500,000 meetings costs a bounded
 * scan; past that `estimate` (statistics, no rows read) is returned and labelled as an estimate,
 * never passed off as exact, and never below what was counted.
 */
export async function totalFromCount(capped: number, estimate: () => Promise<number>): Promise<MeetingTotal> {
  if (capped <= EXACT_COUNT_LIMIT) return { total: capped, estimated: false };
  return { total: Math.max(Math.round(await estimate()), EXACT_COUNT_LIMIT + 1), estimated: true };
}

/**
 * The planner's row estimate for a view (column statistics; no rows are read). Asked only where
 * no cheaper figure serves: a search, whose count could cost more than its page (counting even
 * 10,001 matches joins each to its meeting, about 500 ms for a word in 5 % of a million meetings),
 * and a filtered view past EXACT_COUNT_LIMIT. An unfiltered list uses the table's own row count.
 */
export async function estimateMatches(tx: Pick<Prisma.TransactionClient, "$queryRaw">, where: Prisma.Sql): Promise<number> {
  const [plan] = await tx.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "Meeting" m WHERE ${where}`;
  return Math.round(plan?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? 0);
}
