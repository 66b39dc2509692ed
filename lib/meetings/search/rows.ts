import { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingView } from "@/lib/meetings/search/filter-schema";
import { keysetConditions, ORDER_BY, RELEVANCE_CANDIDATES } from "@/lib/meetings/search/order-by";

type Query = Pick<Prisma.TransactionClient, "$queryRaw">;
const flip = (dir: MeetingView["dir"]) => (dir === "asc" ? "desc" : "asc");

/**
 * The statements that read one page's ids, in the order they run: one, or — for a date cursor —
 * the dated rows and then the undated ones (undated meetings sort as a block of their own).
 * Not `AS "id"`: ORDER BY "id" would then sort by the text form and skip the index order.
 */
export function pageIdStatements(view: MeetingView, where: Prisma.Sql): Prisma.Sql[] {
  const offset = (view.page - 1) * view.size;
  if (view.sort === "relevance" && view.q) {
    return [
      Prisma.sql`
      WITH candidates AS (
        SELECT m."id", m."date", m."searchVector" FROM "Meeting" m WHERE ${where}
        ORDER BY m."date" DESC NULLS LAST, m."id" DESC LIMIT ${RELEVANCE_CANDIDATES}
      )
      SELECT c."id"::text AS "meetingId" FROM candidates c
      ORDER BY ts_rank(c."searchVector", websearch_to_tsquery('parley', ${view.q})) ${view.dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`},
               c."date" DESC NULLS LAST, c."id" DESC
      LIMIT ${view.size} OFFSET ${offset}`,
    ];
  }
  const sort = view.sort === "relevance" ? "date" : view.sort;
  const cursor = view.cursor;
  if (!cursor) {
    return [Prisma.sql`SELECT m."id"::text AS "meetingId" FROM "Meeting" m WHERE ${where} ORDER BY ${ORDER_BY[sort][view.dir]} LIMIT ${view.size} OFFSET ${offset}`];
  }
  // Keyset: "before" reads backwards from the cursor (the caller puts the rows back in order).
  const dir = cursor.direction === "after" ? view.dir : flip(view.dir);
  return keysetConditions(sort, dir, cursor.value, cursor.id).map(
    (beyond) => Prisma.sql`SELECT m."id"::text AS "meetingId" FROM "Meeting" m WHERE ${where} AND ${beyond} ORDER BY ${ORDER_BY[sort][dir]} LIMIT ${view.size}`,
  );
}

/** The ids of one page of a view, in its order. */
export async function selectPageIds(tx: Query, view: MeetingView, where: Prisma.Sql): Promise<string[]> {
  const ids: string[] = [];
  for (const statement of pageIdStatements(view, where)) {
    if (ids.length >= view.size) break;
    const rows = await tx.$queryRaw<{ meetingId: string }[]>(statement);
    ids.push(...rows.slice(0, view.size - ids.length).map((row) => row.meetingId));
  }
  return view.cursor?.direction === "before" ? ids.reverse() : ids;
}
