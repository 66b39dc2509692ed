import { Prisma } from "@/lib/generated/prisma/client";
import { buildWhere, type WhereOptions } from "@/lib/meetings/search/build-where";
import { dateOrdered } from "@/lib/meetings/internal/search/date-order";
import type { MeetingView } from "@/lib/meetings/search/filter-schema";
import { keysetConditions, ORDER_BY, RELEVANCE_CANDIDATES } from "@/lib/meetings/internal/search/order-by";

type Query = Pick<Prisma.TransactionClient, "$queryRaw">;
const flip = (dir: MeetingView["dir"]) => (dir === "asc" ? "desc" : "asc");

/**
 * The statements that read one page's ids, in the order they run: one, or — for a date cursor —
 * the dated rows and then the undated ones (undated meetings sort as a block of their own).
 * Not `AS "id"`: ORDER BY "id" would then sort by the text form and skip the index order.
 */
export function pageIdStatements(view: MeetingView, options: WhereOptions): Prisma.Sql[] {
  const offset = (view.page - 1) * view.size;
  if (view.sort === "relevance" && view.q) {
    const newest = dateOrdered(view, options, "desc");
    return [
      Prisma.sql`
      WITH candidates AS (
        SELECT m."id", m."date", m."searchVector" FROM ${newest.from} WHERE ${newest.where}
        ORDER BY ${newest.orderBy} LIMIT ${RELEVANCE_CANDIDATES}
      )
      SELECT c."id"::text AS "meetingId" FROM candidates c
      ORDER BY ts_rank(c."searchVector", websearch_to_tsquery('parley', ${view.q})) ${view.dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`},
               c."date" DESC NULLS LAST, c."id" DESC
      LIMIT ${view.size} OFFSET ${offset}`,
    ];
  }
  const sort = view.sort === "relevance" ? "date" : view.sort;
  const cursor = view.cursor;
  if (!cursor && sort === "date") {
    const ordered = dateOrdered(view, options, view.dir);
    return [Prisma.sql`SELECT m."id"::text AS "meetingId" FROM ${ordered.from} WHERE ${ordered.where} ORDER BY ${ordered.orderBy} LIMIT ${view.size} OFFSET ${offset}`];
  }
  const where = buildWhere(view, options);
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
export async function selectPageIds(tx: Query, view: MeetingView, options: WhereOptions): Promise<string[]> {
  const ids: string[] = [];
  for (const statement of pageIdStatements(view, options)) {
    if (ids.length >= view.size) break;
    const rows = await tx.$queryRaw<{ meetingId: string }[]>(statement);
    ids.push(...rows.slice(0, view.size - ids.length).map((row) => row.meetingId));
  }
  return view.cursor?.direction === "before" ? ids.reverse() : ids;
}
