import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { likePattern } from "@/lib/lookup/lookup-query";
import type { RegistryPage } from "@/lib/registry/dto";
import { orderBy, pageOfRanked, searched, type DbRow } from "@/lib/registry/registry-page";
import type { RegistryQuery } from "@/lib/registry/schemas";

/** A fixed list (countries, topics): its rows, with `e` the entry and `s` its kept counts. */
export interface VocabularyTables {
  from: Prisma.Sql;
  id: Prisma.Sql;
  detail: Prisma.Sql;
  /** Every name the entry is known by; the best match is shown when it is not the name. */
  spellings: Prisma.Sql;
  /** Over `e` and the search's `n.q`: a match scored 1 (a country's code typed exactly). */
  exact?: Prisma.Sql;
}

/**
 * One page of a few hundred entries: small enough to match every spelling of every entry in one
 * statement, no index needed. The caller checks the session (the benchmark passes its own client).
 */
export async function listVocabulary(db: Pick<PrismaClient, "$queryRaw">, query: RegistryQuery, t: VocabularyTables): Promise<RegistryPage> {
  const q = query.q;
  const exact = t.exact ?? Prisma.sql`FALSE`;
  const rows = await db.$queryRaw<(DbRow & { total: number })[]>`
    WITH needle AS (SELECT lower(parley_unaccent(${q})) AS q, lower(parley_unaccent(${likePattern(q)})) AS l),
    matched AS (
      SELECT ${t.id} AS "id", e."name", ${t.detail} AS "detail", s."meetings", s."lastMetOn",
             CASE WHEN ${exact} THEN 1 ELSE best.score END AS score,
             CASE WHEN best.spelling IS DISTINCT FROM e."name" AND NOT ${exact} THEN best.spelling END AS "matched"
      FROM ${t.from}
      CROSS JOIN needle n
      LEFT JOIN LATERAL (
        SELECT sp AS spelling, similarity(lower(parley_unaccent(sp)), n.q) AS score
        FROM unnest(${t.spellings}) sp
        WHERE lower(parley_unaccent(sp)) % n.q OR lower(parley_unaccent(sp)) LIKE n.l
        ORDER BY 2 DESC, 1 LIMIT 1
      ) best ON ${q} <> ''
      WHERE ${q} = '' OR best.spelling IS NOT NULL OR ${exact}
    ),
    ranked AS (
      SELECT "id", "name", "detail", "matched", "meetings", "lastMetOn",
             count(*) OVER ()::int AS "total",
             row_number() OVER (ORDER BY ${orderBy(query.sort, query.dir, {
               name: Prisma.sql`"name"`,
               meetings: Prisma.sql`"meetings"`,
               lastMet: Prisma.sql`"lastMetOn"`,
               id: Prisma.sql`"id"`,
               score: q ? Prisma.sql`score` : undefined,
             })}) AS rn
      FROM matched
    )
    ${pageOfRanked(query.page)}`;
  return searched(query, rows);
}

export const COUNTRIES: VocabularyTables = {
  from: Prisma.sql`"Country" e JOIN "CountryMeetingStats" s ON s."countryCode" = e."code"`,
  id: Prisma.sql`e."code"::text`,
  detail: Prisma.sql`e."code"::text`,
  spellings: Prisma.sql`ARRAY[e."name", e."officialName"] || e."variants" || e."demonyms"`,
  /** The ISO code, two letters or three, typed exactly. */
  exact: Prisma.sql`(lower(e."code") = n.q OR lower(e."alpha3") = n.q)`,
};

export const TOPICS: VocabularyTables = {
  from: Prisma.sql`"Topic" e JOIN "TopicMeetingStats" s ON s."topicId" = e."id" LEFT JOIN "Topic" parent ON parent."id" = e."parentId"`,
  id: Prisma.sql`e."id"::text`,
  detail: Prisma.sql`parent."name"`,
  spellings: Prisma.sql`ARRAY[e."name"]`,
};
