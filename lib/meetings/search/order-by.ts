import { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingView } from "@/lib/meetings/search/filter-schema";

/**
 * A search ranks by relevance only among this many matches, chosen by a stated rule: the most
 * recent ones (date, then id, newest first). Ranking reads each candidate's vector, so its cost
 * grows with the candidates (shared/notes/search-calibration.md); sorting by date pages through
 * every match with no bound.
 */
export const RELEVANCE_CANDIDATES = 2000;

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
