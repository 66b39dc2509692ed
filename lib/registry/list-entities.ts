import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { REGISTRY_PAGE_SIZE } from "@/lib/registry/list-params";
import { MIN_ENTITY_SEARCH, type RegistryPage } from "@/lib/registry/dto";
import { clampPage, orderBy, pageOfRanked, searched, toRow, type DbRow } from "@/lib/registry/registry-page";
import type { RegistryQuery } from "@/lib/registry/schemas";
import { spellingHits } from "@/lib/registry/spelling-hits";

/** What differs between people and organisations: tables, and what tells namesakes apart. */
export interface EntityTables {
  table: "Person" | "Organization";
  aliasTable: "PersonAlias" | "OrganizationAlias";
  aliasOwner: "personId" | "organizationId";
  stats: "PersonMeetingStats" | "OrganizationMeetingStats";
  /** Over `e` (the entity) and `c` (its country). */
  detail: Prisma.Sql;
  /** Over `e` and the search's `n.q`: a match scored 1. */
  exact?: Prisma.Sql;
}

const LIVE = Prisma.sql`e."deletedAt" IS NULL AND e."mergedIntoId" IS NULL`;
const columns = { name: Prisma.sql`e."name"`, meetings: Prisma.sql`s."meetings"`, lastMet: Prisma.sql`s."lastMetOn"`, id: Prisma.sql`e."id"` };

/**
 * One page of live (not merged, not deleted) people or organisations with their kept counts. Without
 * a search: a count and one indexed page. With one: the best matches, sorted as asked, in one
 * statement. The caller checks the session (the benchmark passes its own client).
 */
export async function listEntities(db: Pick<PrismaClient, "$queryRaw">, query: RegistryQuery, t: EntityTables): Promise<RegistryPage> {
  const table = Prisma.raw(`"${t.table}"`);
  const stats = Prisma.raw(`"${t.stats}" s ON s."${t.aliasOwner}" = e."id"`);
  const select = (matched: Prisma.Sql) => Prisma.sql`
    e."id"::text AS "id", e."name", ${t.detail} AS "detail", ${matched} AS "matched", s."meetings", s."lastMetOn"`;
  if (!query.q) {
    const [counted] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM ${table} e WHERE ${LIVE}`;
    const total = counted?.total ?? 0;
    const { page, pageCount, offset } = clampPage(query, total);
    const rows = await db.$queryRaw<DbRow[]>`
      SELECT ${select(Prisma.sql`NULL::text`)}
      FROM ${table} e JOIN ${stats} LEFT JOIN "Country" c ON c."code" = e."countryCode"
      WHERE ${LIVE}
      ORDER BY ${orderBy(query.sort, query.dir, columns)}
      LIMIT ${REGISTRY_PAGE_SIZE} OFFSET ${offset}`;
    return { query: { ...query, page }, rows: rows.map(toRow), total, capped: false, pageCount };
  }
  if (query.q.length < MIN_ENTITY_SEARCH) return { query: { ...query, page: 1 }, rows: [], total: 0, capped: false, pageCount: 1, tooShort: true };
  const rows = await db.$queryRaw<(DbRow & { total: number })[]>`
    WITH ${spellingHits(query.q, t)},
    ranked AS (
      SELECT ${select(Prisma.sql`f.alias`)},
             count(*) OVER ()::int AS "total",
             row_number() OVER (ORDER BY ${orderBy(query.sort, query.dir, { ...columns, score: Prisma.sql`f.score` })}) AS rn
      FROM found f JOIN ${table} e ON e."id" = f."id" JOIN ${stats} LEFT JOIN "Country" c ON c."code" = e."countryCode"
    )
    ${pageOfRanked(query.page)}`;
  return searched(query, rows);
}

export const PEOPLE: EntityTables = {
  table: "Person",
  aliasTable: "PersonAlias",
  aliasOwner: "personId",
  stats: "PersonMeetingStats",
  detail: Prisma.sql`c."name"`,
};

export const ORGANIZATIONS: EntityTables = {
  table: "Organization",
  aliasTable: "OrganizationAlias",
  aliasOwner: "organizationId",
  stats: "OrganizationMeetingStats",
  detail: Prisma.sql`nullif(concat_ws(' · ', e."acronym", c."name"), '')`,
  /** An acronym typed exactly. */
  exact: Prisma.sql`lower(e."acronym") = n.q`,
};
