import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { LOOKUP_LIMIT, likePattern, lookupQuerySchema, type LookupOption } from "@/lib/lookup/lookup-query";

interface PersonRow {
  id: string;
  name: string;
  alias: string | null;
  country: string | null;
  title: string | null;
  lastDate: Date | null;
  lastTitle: string | null;
}

/**
 * People whose name or an alias looks like `query`, accent-insensitive and forgiving of small
 * misspellings (pg_trgm on the same `lower(parley_unaccent(…))` expression as the indexes), best
 * first, each with their latest title, country and last meeting so namesakes can be told apart.
 * Merged and deleted people are left out. Rule: any signed-in user.
 */
export async function findPeople(query: unknown): Promise<LookupOption[]> {
  await requireUser();
  const parsed = lookupQuerySchema.safeParse(query);
  if (!parsed.success || parsed.data.length < 2) return [];
  const q = parsed.data;
  const like = likePattern(q);
  const rows = await db.$queryRaw<PersonRow[]>`
    WITH needle AS (SELECT lower(parley_unaccent(${q})) AS q, lower(parley_unaccent(${like})) AS l),
    hits AS (
      SELECT p."id", similarity(lower(parley_unaccent(p."name")), n.q) AS score, NULL::text AS alias
      FROM "Person" p, needle n
      WHERE lower(parley_unaccent(p."name")) % n.q OR lower(parley_unaccent(p."name")) LIKE n.l
      UNION ALL
      SELECT a."personId", similarity(lower(parley_unaccent(a."alias")), n.q), a."alias"
      FROM "PersonAlias" a, needle n
      WHERE lower(parley_unaccent(a."alias")) % n.q OR lower(parley_unaccent(a."alias")) LIKE n.l
    ),
    best AS (
      SELECT DISTINCT ON ("id") "id", score, alias FROM hits ORDER BY "id", score DESC
    )
    SELECT p."id", p."name", b.alias, c."name" AS country, last."title", last."date" AS "lastDate", last."meetingTitle" AS "lastTitle"
    FROM best b
    JOIN "Person" p ON p."id" = b."id" AND p."deletedAt" IS NULL AND p."mergedIntoId" IS NULL
    LEFT JOIN "Country" c ON c."code" = p."countryCode"
    LEFT JOIN LATERAL (
      SELECT pa."title", m."date", m."title" AS "meetingTitle"
      FROM "Participation" pa JOIN "Meeting" m ON m."id" = pa."meetingId" AND m."deletedAt" IS NULL
      WHERE pa."personId" = p."id"
      ORDER BY m."date" DESC NULLS LAST LIMIT 1
    ) last ON true
    ORDER BY b.score DESC, p."name"
    LIMIT ${LOOKUP_LIMIT}`;
  return rows.map((row) => ({ id: row.id, label: row.name, hint: personHint(row) }));
}

function personHint(row: PersonRow): string {
  const parts = [
    row.alias && row.alias !== row.name ? `also “${row.alias}”` : null,
    row.title || null,
    row.country,
    row.lastDate ? `last met ${row.lastDate.toISOString().slice(0, 10)}${row.lastTitle ? ` (${row.lastTitle})` : ""}` : "no meetings yet",
  ];
  return parts.filter(Boolean).join(" · ");
}
