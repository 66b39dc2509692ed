import { Prisma } from "@/lib/generated/prisma/client";
import { REGISTRY_PAGE_SIZE, type RegistrySortKey, type SortDirection } from "@/lib/registry/list-params";
import type { RegistryQuery } from "@/lib/registry/schemas";
import { REGISTRY_MATCH_CAP, type RegistryPage, type RegistryRow } from "@/lib/registry/dto";

export type DbRow = { id: string; name: string; detail: string | null; matched: string | null; meetings: number; lastMetOn: Date | null };

export function toRow(row: DbRow): RegistryRow {
  return { ...row, meetings: Number(row.meetings), lastMetOn: row.lastMetOn ? row.lastMetOn.toISOString().slice(0, 10) : null };
}

/** The page actually shown: a page past the end shows the last one. */
export function clampPage(query: RegistryQuery, total: number): { page: number; pageCount: number; offset: number } {
  const pageCount = Math.max(1, Math.ceil(total / REGISTRY_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  return { page, pageCount, offset: (page - 1) * REGISTRY_PAGE_SIZE };
}

export interface SortColumns {
  name: Prisma.Sql;
  meetings: Prisma.Sql;
  lastMet: Prisma.Sql;
  /** The match score; only present while searching. */
  score?: Prisma.Sql;
  /** The unique tie-breaker, so pages never overlap. */
  id: Prisma.Sql;
}

/**
 * ORDER BY for a sort key, written to follow the stats tables' indexes (meetings DESC, id) and
 * (lastMetOn DESC|ASC NULLS LAST, id) and the entity's (name, id): the never-met sort last either way.
 */
export function orderBy(sort: RegistrySortKey, dir: SortDirection, c: SortColumns): Prisma.Sql {
  const d = dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const flipped = dir === "asc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  switch (sort) {
    case "name":
      return Prisma.sql`${c.name} ${d}, ${c.id} ${d}`;
    case "lastMet":
      return Prisma.sql`${c.lastMet} ${d} NULLS LAST, ${c.id} ASC`;
    case "match":
      if (c.score) return Prisma.sql`${c.score} DESC, ${c.name} ASC, ${c.id} ASC`;
      return Prisma.sql`${c.meetings} DESC, ${c.id} ASC`;
    default:
      return Prisma.sql`${c.meetings} ${d}, ${c.id} ${flipped}`;
  }
}

/**
 * The tail of a search's statement: from `ranked` (its rows numbered in the asked order, each
 * carrying the match count), the asked page, or the last one when the URL asks past the end.
 */
export function pageOfRanked(page: number): Prisma.Sql {
  const size = REGISTRY_PAGE_SIZE;
  return Prisma.sql`
    SELECT "id", "name", "detail", "matched", "meetings", "lastMetOn", "total" FROM ranked
    WHERE rn <= ${REGISTRY_MATCH_CAP}
      AND rn > least(${(page - 1) * size}, ((least("total", ${REGISTRY_MATCH_CAP}) - 1) / ${size}) * ${size})
    ORDER BY rn LIMIT ${size}`;
}

/** A search's page: its match count rides on every row. */
export function searched(query: RegistryQuery, rows: (DbRow & { total: number })[]): RegistryPage {
  const matches = rows[0]?.total ?? 0;
  const total = Math.min(matches, REGISTRY_MATCH_CAP);
  const { page, pageCount } = clampPage(query, total);
  return { query: { ...query, page }, rows: rows.map(({ total: _, ...row }) => toRow(row)), total, capped: matches > REGISTRY_MATCH_CAP, pageCount };
}
