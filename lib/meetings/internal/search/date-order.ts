import { Prisma } from "@/lib/generated/prisma/client";
import { buildWhere, looseSearch, searchMatchesWithDates, type WhereOptions } from "@/lib/meetings/search/build-where";
import type { MeetingFilter, MeetingView } from "@/lib/meetings/search/filter-schema";
import { ORDER_BY } from "@/lib/meetings/internal/search/order-by";

/** A view read in date order: `SELECT … FROM ${from} WHERE ${where} ORDER BY ${orderBy} LIMIT …`, rows as `m`. */
export interface DateOrderedView {
  from: Prisma.Sql;
  where: Prisma.Sql;
  orderBy: Prisma.Sql;
}

const MATCH_ORDER: Record<MeetingView["dir"], { inner: Prisma.Sql; outer: Prisma.Sql }> = {
  desc: {
    inner: Prisma.sql`"date" DESC NULLS LAST, "meetingId" DESC`,
    outer: Prisma.sql`mm."date" DESC NULLS LAST, mm."meetingId" DESC`,
  },
  asc: {
    inner: Prisma.sql`"date" ASC NULLS FIRST, "meetingId" ASC`,
    outer: Prisma.sql`mm."date" ASC NULLS FIRST, mm."meetingId" ASC`,
  },
};

/**
 * How to read the first rows of a view in date order (ORDER_BY.date: the same order, undated
 * meetings last when newest first). The relevance candidates, a search sorted by date and the
 * facets' sample all read a search's newest matches this way.
 *
 * Without a search, or for a search in most meetings ("walk"), meetings are read in the date
 * index's order and tested. A search read as a set sorts its matches by the date kept beside each
 * match vector ("MeetingMatch"."date") and joins them to "Meeting" in that order, so reaching the
 * newest 1,000 of a word's 50,000 matches joins about 1,000, not 50,000: the sorted subquery is
 * not flattened into the join, and PostgreSQL keeps its order through the nested loop.
 */
export function dateOrdered(filter: MeetingFilter, options: WhereOptions, dir: MeetingView["dir"]): DateOrderedView {
  if (!filter.q || options.searchPlan === "walk") {
    return { from: Prisma.sql`"Meeting" m`, where: buildWhere(filter, options), orderBy: ORDER_BY.date[dir] };
  }
  const order = MATCH_ORDER[dir];
  // A phrase: the candidates holding all its words, newest first, each then tested as a "walk"
  // tests it, until enough pass. Not every candidate's positions are read, only those reached.
  const loose = looseSearch(filter.q);
  return {
    from: Prisma.sql`(SELECT * FROM (${searchMatchesWithDates(filter.q, loose ?? undefined)}) matched ORDER BY ${order.inner}) mm
      JOIN "Meeting" m ON m."id" = mm."meetingId"`,
    where: buildWhere(filter, loose ? { ...options, searchPlan: "walk" } : { ...options, searchInFrom: true }),
    orderBy: order.outer,
  };
}
