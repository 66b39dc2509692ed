import { Prisma } from "@/lib/generated/prisma/client";

/** Totals are exact up to here; beyond it the planner's estimate is shown, labelled "about". */
export const EXACT_COUNT_LIMIT = 10_000;

export interface MeetingTotal {
  total: number;
  estimated: boolean;
}

/** The capped count: at most EXACT_COUNT_LIMIT + 1 rows are read. */
export function countStatement(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS "total" FROM (SELECT 1 FROM "Meeting" m WHERE ${where} LIMIT ${EXACT_COUNT_LIMIT + 1}) capped`;
}

/**
 * How many meetings a view holds. Counting stops after EXACT_COUNT_LIMIT + 1 rows, so a common
 * word in 500,000 meetings costs a bounded scan; past that the planner's row estimate (from the
 * column statistics) is returned and labelled as an estimate, never passed off as exact.
 */
export async function countMatches(
  tx: Prisma.TransactionClient,
  where: Prisma.Sql,
  options: { estimateFirst?: boolean } = {},
): Promise<MeetingTotal> {
  // Counting even 10,001 matches of a search joins each to its meeting (about 500 ms for a word
  // in 5 % of a million meetings), more than the page costs; the planner estimates a search's
  // matches well from the match vector's statistics, so when the estimate is far past the limit
  // it is taken as it is.
  if (options.estimateFirst) {
    const estimate = await estimateMatches(tx, where);
    if (estimate > 2 * EXACT_COUNT_LIMIT) return { total: estimate, estimated: true };
  }
  const [row] = await tx.$queryRaw<{ total: number }[]>(countStatement(where));
  const exact = row?.total ?? 0;
  if (exact <= EXACT_COUNT_LIMIT) return { total: exact, estimated: false };
  return { total: Math.max(await estimateMatches(tx, where), EXACT_COUNT_LIMIT + 1), estimated: true };
}

/** The planner's row estimate for a view (column statistics; no rows are read). */
async function estimateMatches(tx: Prisma.TransactionClient, where: Prisma.Sql): Promise<number> {
  const [plan] = await tx.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "Meeting" m WHERE ${where}`;
  return Math.round(plan?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? 0);
}
