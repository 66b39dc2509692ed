import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { LOOKUP_LIMIT, likePattern, lookupQuerySchema, type LookupOption } from "@/lib/lookup/lookup-query";

/**
 * Tags whose name, or a former name, looks like `query` (accent-insensitive, trigram similarity),
 * most used first among equally close ones; merged tags are left out (a former name leads to the
 * tag it went into). The option's id is the tag's name now, which is what a meeting record
 * carries; a former name that matched is in the hint. Rule: any signed-in user.
 */
export async function findTags(query: unknown): Promise<LookupOption[]> {
  await requireUser();
  const parsed = lookupQuerySchema.safeParse(query);
  if (!parsed.success || parsed.data.length < 1) return [];
  const q = parsed.data;
  const rows = await db.$queryRaw<{ name: string; former: string | null; uses: bigint }[]>`
    WITH needle AS (SELECT lower(parley_unaccent(${q})) AS q, lower(parley_unaccent(${likePattern(q)})) AS l),
    hits AS (
      SELECT t."id", similarity(lower(parley_unaccent(t."name")), n.q) AS score, NULL::text AS former
      FROM "Tag" t, needle n
      WHERE t."mergedIntoId" IS NULL
        AND (lower(parley_unaccent(t."name")) % n.q OR lower(parley_unaccent(t."name")) LIKE n.l)
      UNION ALL
      SELECT coalesce(t."mergedIntoId", t."id"), similarity(lower(parley_unaccent(f."name")), n.q), f."name"
      FROM "TagFormerName" f JOIN "Tag" t ON t."id" = f."tagId", needle n
      WHERE lower(parley_unaccent(f."name")) % n.q OR lower(parley_unaccent(f."name")) LIKE n.l
    ),
    best AS (SELECT DISTINCT ON ("id") "id", score, former FROM hits ORDER BY "id", score DESC, former NULLS FIRST)
    SELECT t."name", b.former, (SELECT count(*) FROM "MeetingTag" mt WHERE mt."tagId" = t."id") AS uses
    FROM best b JOIN "Tag" t ON t."id" = b."id"
    ORDER BY b.score DESC, uses DESC, t."name"
    LIMIT ${LOOKUP_LIMIT}`;
  return rows.map((row) => ({
    id: row.name,
    label: row.name,
    hint: [row.former ? `formerly “${row.former}”` : null, `${row.uses} meeting${row.uses === BigInt(1) ? "" : "s"}`].filter(Boolean).join(" · "),
  }));
}

/**
 * Topics whose name looks like `query`. Rule: any signed-in user.
 */
export async function findTopics(query: unknown): Promise<LookupOption[]> {
  await requireUser();
  const parsed = lookupQuerySchema.safeParse(query);
  if (!parsed.success || parsed.data.length < 1) return [];
  const q = parsed.data;
  const rows = await db.$queryRaw<{ id: string; name: string; description: string }[]>`
    WITH needle AS (SELECT lower(parley_unaccent(${q})) AS q, lower(parley_unaccent(${likePattern(q)})) AS l)
    SELECT t."id", t."name", t."description" FROM "Topic" t, needle n
    WHERE lower(parley_unaccent(t."name")) % n.q OR lower(parley_unaccent(t."name")) LIKE n.l
    ORDER BY similarity(lower(parley_unaccent(t."name")), n.q) DESC, t."name"
    LIMIT ${LOOKUP_LIMIT}`;
  return rows.map((row) => ({ id: row.id, label: row.name, hint: row.description.slice(0, 80) }));
}
