import { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingView } from "@/lib/meetings/search/filter-schema";

/**
 * A search ranks by relevance only among this many matches, chosen by a stated rule: the most
 * recent ones (date, then id, newest first). Ranking reads each candidate's vector, so its cost
 * grows with the candidates (docs/search.md, "What full-text search costs"); sorting by date
 * pages through every match with no bound.
 */
export const RELEVANCE_CANDIDATES = 1000;

// Every key has an index that gives its order (Meeting_live_date_idx forwards or backwards,
// Meeting_title_id_idx, Meeting_updatedAt_idx); id breaks ties so pages never overlap or skip.
export const ORDER_BY: Record<Exclude<MeetingView["sort"], "relevance">, Record<MeetingView["dir"], Prisma.Sql>> = {
  date: {
    desc: Prisma.sql`m."date" DESC NULLS LAST, m."id" DESC`,
    asc: Prisma.sql`m."date" ASC NULLS FIRST, m."id" ASC`,
  },
  title: { asc: Prisma.sql`m."title" ASC, m."id" ASC`, desc: Prisma.sql`m."title" DESC, m."id" DESC` },
  updated: { desc: Prisma.sql`m."updatedAt" DESC, m."id" DESC`, asc: Prisma.sql`m."updatedAt" ASC, m."id" ASC` },
};

type KeysetSort = Exclude<MeetingView["sort"], "relevance">;

/**
 * Rows that come strictly after (value, id) in ORDER_BY[sort][dir], written as a row comparison
 * the sort's index can start its scan at. `date` is nullable and undated meetings sort last when
 * descending (first when ascending), so its two parts — dated and undated rows — are separate
 * statements (keysetConditions; the second is read only when the first runs out).
 */
function beyondCursor(sort: KeysetSort, dir: MeetingView["dir"], value: string | null, id: string, part: "dated" | "undated"): Prisma.Sql | null {
  const cmp = dir === "desc" ? Prisma.sql`<` : Prisma.sql`>`;
  const key = Prisma.sql`CAST(${id} AS uuid)`;
  if (sort === "title") return Prisma.sql`(m."title", m."id") ${cmp} (${value}, ${key})`;
  if (sort === "updated") return Prisma.sql`(m."updatedAt", m."id") ${cmp} (CAST(${value} AS timestamptz), ${key})`;
  const nullsFirst = dir === "asc";
  if (value === null) {
    // Inside the undated block: the rest of it by id; then (ascending) every dated row.
    if (part === "undated") return Prisma.sql`m."date" IS NULL AND m."id" ${cmp} ${key}`;
    return nullsFirst ? Prisma.sql`m."date" IS NOT NULL` : null;
  }
  if (part === "dated") return Prisma.sql`(m."date", m."id") ${cmp} (CAST(${value} AS date), ${key})`;
  // Past a dated row, the undated block is still ahead only when it sorts last.
  return nullsFirst ? null : Prisma.sql`m."date" IS NULL`;
}

/**
 * The conditions for the rows after (value, id) in ORDER_BY[sort][dir], one per statement and in
 * the order to run them: for `date` the dated and the undated block apart, each a range its index
 * starts at (one condition with OR for both made the scan start at the top every time); one
 * condition for the other keys.
 */
export function keysetConditions(sort: KeysetSort, dir: MeetingView["dir"], value: string | null, id: string): Prisma.Sql[] {
  if (sort !== "date") return [beyondCursor(sort, dir, value, id, "dated")!];
  const parts = dir === "desc" ? (["dated", "undated"] as const) : (["undated", "dated"] as const);
  return parts.flatMap((part) => {
    const beyond = beyondCursor(sort, dir, value, id, part);
    if (!beyond) return [];
    return [part === "dated" ? Prisma.sql`${beyond} AND m."date" IS NOT NULL` : Prisma.sql`${beyond} AND m."date" IS NULL`];
  });
}
