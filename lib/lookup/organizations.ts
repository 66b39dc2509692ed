import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { LOOKUP_LIMIT, likePattern, lookupQuerySchema, type LookupOption } from "@/lib/lookup/lookup-query";

interface OrganizationRow {
  id: string;
  name: string;
  acronym: string | null;
  alias: string | null;
  country: string | null;
}

/**
 * Organisations whose name, acronym or an alias looks like `query` (accent-insensitive, trigram
 * similarity), best first, with country and acronym. Rule: any signed-in user.
 */
export async function findOrganizations(query: unknown): Promise<LookupOption[]> {
  await requireUser();
  const parsed = lookupQuerySchema.safeParse(query);
  if (!parsed.success || parsed.data.length < 2) return [];
  const q = parsed.data;
  const like = likePattern(q);
  const rows = await db.$queryRaw<OrganizationRow[]>`
    WITH needle AS (SELECT lower(parley_unaccent(${q})) AS q, lower(parley_unaccent(${like})) AS l),
    hits AS (
      SELECT o."id", greatest(similarity(lower(parley_unaccent(o."name")), n.q),
                              CASE WHEN lower(o."acronym") = n.q THEN 1 ELSE 0 END) AS score, NULL::text AS alias
      FROM "Organization" o, needle n
      WHERE lower(parley_unaccent(o."name")) % n.q OR lower(parley_unaccent(o."name")) LIKE n.l OR lower(o."acronym") = n.q
      UNION ALL
      SELECT a."organizationId", similarity(lower(parley_unaccent(a."alias")), n.q), a."alias"
      FROM "OrganizationAlias" a, needle n
      WHERE lower(parley_unaccent(a."alias")) % n.q OR lower(parley_unaccent(a."alias")) LIKE n.l
    ),
    best AS (SELECT DISTINCT ON ("id") "id", score, alias FROM hits ORDER BY "id", score DESC)
    SELECT o."id", o."name", o."acronym", b.alias, c."name" AS country
    FROM best b
    JOIN "Organization" o ON o."id" = b."id" AND o."deletedAt" IS NULL AND o."mergedIntoId" IS NULL
    LEFT JOIN "Country" c ON c."code" = o."countryCode"
    ORDER BY b.score DESC, o."name"
    LIMIT ${LOOKUP_LIMIT}`;
  return rows.map((row) => ({
    id: row.id,
    label: row.name,
    hint: [row.acronym, row.alias && row.alias !== row.name ? `also “${row.alias}”` : null, row.country].filter(Boolean).join(" · "),
  }));
}
