import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { LOOKUP_LIMIT, likePattern, lookupQuerySchema, type LookupOption } from "@/lib/lookup/lookup-query";

/**
 * Tags whose name looks like `query` (accent-insensitive, trigram similarity), most used first
 * among equally close ones; merged tags are left out. The option's id is the tag's name, which is
 * what a meeting record carries. Rule: any signed-in user.
 */
export async function findTags(query: unknown): Promise<LookupOption[]> {
  await requireUser();
  const parsed = lookupQuerySchema.safeParse(query);
  if (!parsed.success || parsed.data.length < 1) return [];
  const q = parsed.data;
  const rows = await db.$queryRaw<{ name: string; uses: bigint }[]>`
    WITH needle AS (SELECT lower(parley_unaccent(${q})) AS q, lower(parley_unaccent(${likePattern(q)})) AS l)
    SELECT t."name", (SELECT count(*) FROM "MeetingTag" mt WHERE mt."tagId" = t."id") AS uses
    FROM "Tag" t, needle n
    WHERE t."mergedIntoId" IS NULL
      AND (lower(parley_unaccent(t."name")) % n.q OR lower(parley_unaccent(t."name")) LIKE n.l)
    ORDER BY similarity(lower(parley_unaccent(t."name")), n.q) DESC, uses DESC, t."name"
    LIMIT ${LOOKUP_LIMIT}`;
  return rows.map((row) => ({ id: row.name, label: row.name, hint: `${row.uses} meeting${row.uses === BigInt(1) ? "" : "s"}` }));
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
