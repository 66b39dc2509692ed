import { Prisma } from "@/lib/generated/prisma/client";
import { likePattern } from "@/lib/lookup/lookup-query";
import type { EntityTables } from "@/lib/registry/list-entities";
import { REGISTRY_MATCH_CAP } from "@/lib/registry/dto";

type SpellingSource = Pick<EntityTables, "table" | "aliasTable" | "aliasOwner" | "exact">;

/**
 * The CTEs `needle`, `hits`, `best` and `found`: live entities whose name or a spelling looks like
 * `q`, accent-insensitive (the same lower(parley_unaccent(…)) expressions the trigram indexes are
 * built on) and forgiving of misspellings (pg_trgm's %), each with its best score and the spelling
 * that scored it; the best REGISTRY_MATCH_CAP + 1, so a caller can tell a broader search.
 */
export function spellingHits(q: string, source: SpellingSource): Prisma.Sql {
  const table = Prisma.raw(`"${source.table}"`);
  const aliases = Prisma.raw(`"${source.aliasTable}"`);
  const owner = Prisma.raw(`"${source.aliasOwner}"`);
  const exact = source.exact ?? Prisma.sql`FALSE`;
  return Prisma.sql`
    needle AS (SELECT lower(parley_unaccent(${q})) AS q, lower(parley_unaccent(${likePattern(q)})) AS l),
    hits AS (
      SELECT e."id", CASE WHEN ${exact} THEN 1 ELSE similarity(lower(parley_unaccent(e."name")), n.q) END AS score, NULL::text AS alias
      FROM ${table} e, needle n
      WHERE lower(parley_unaccent(e."name")) % n.q OR lower(parley_unaccent(e."name")) LIKE n.l OR ${exact}
      UNION ALL
      SELECT a.${owner}, similarity(lower(parley_unaccent(a."alias")), n.q), a."alias"
      FROM ${aliases} a, needle n
      WHERE lower(parley_unaccent(a."alias")) % n.q OR lower(parley_unaccent(a."alias")) LIKE n.l
    ),
    best AS (SELECT DISTINCT ON ("id") "id", score, alias FROM hits ORDER BY "id", score DESC),
    found AS (
      SELECT b."id", b.score, b.alias FROM best b
      JOIN ${table} e ON e."id" = b."id" AND e."deletedAt" IS NULL AND e."mergedIntoId" IS NULL
      ORDER BY b.score DESC, b."id" LIMIT ${REGISTRY_MATCH_CAP + 1}
    )`;
}
