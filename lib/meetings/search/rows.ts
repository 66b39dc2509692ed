import { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingView } from "@/lib/meetings/search/filter-schema";
import { ORDER_BY, RELEVANCE_CANDIDATES } from "@/lib/meetings/search/order-by";

/** The ids of one page of a view, in its order. */
export async function selectPageIds(tx: Prisma.TransactionClient, view: MeetingView, where: Prisma.Sql): Promise<string[]> {
  const offset = (view.page - 1) * view.size;
  // Not `AS "id"`: ORDER BY "id" would then sort by the text form and skip the index order.
  if (view.sort === "relevance" && view.q) {
    const rows = await tx.$queryRaw<{ meetingId: string }[]>`
      WITH candidates AS (
        SELECT m."id", m."date", m."searchVector" FROM "Meeting" m WHERE ${where}
        ORDER BY m."date" DESC NULLS LAST, m."id" DESC LIMIT ${RELEVANCE_CANDIDATES}
      )
      SELECT c."id"::text AS "meetingId" FROM candidates c
      ORDER BY ts_rank(c."searchVector", websearch_to_tsquery('parley', ${view.q})) ${view.dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`},
               c."date" DESC NULLS LAST, c."id" DESC
      LIMIT ${view.size} OFFSET ${offset}`;
    return rows.map((row) => row.meetingId);
  }
  const sort = view.sort === "relevance" ? "date" : view.sort;
  const rows = await tx.$queryRaw<{ meetingId: string }[]>`
    SELECT m."id"::text AS "meetingId" FROM "Meeting" m WHERE ${where}
    ORDER BY ${ORDER_BY[sort][view.dir]} LIMIT ${view.size} OFFSET ${offset}`;
  return rows.map((row) => row.meetingId);
}
