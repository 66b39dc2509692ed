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
export async function countMatches(tx: Prisma.TransactionClient, where: Prisma.Sql): Promise<MeetingTotal> {
  const [row] = await tx.$queryRaw<{ total: number }[]>(countStatement(where));
  const exact = row?.total ?? 0;
  if (exact <= EXACT_COUNT_LIMIT) return { total: exact, estimated: false };
  const [plan] = await tx.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "Meeting" m WHERE ${where}`;
  const estimate = Math.round(plan?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? 0);
  return { total: Math.max(estimate, EXACT_COUNT_LIMIT + 1), estimated: true };
}
