import type { Prisma } from "@/lib/generated/prisma/client";
import { tagSlug } from "@/lib/meetings/tag-slug";

type Tx = Prisma.TransactionClient;

const key = (name: string) => name.toLocaleLowerCase("en");

/**
 * The person for each name, in order: an existing person whose name (or else an alias) matches
 * case-insensitively and whose country does not contradict the one given, else a new person.
 * Two people can share a name, so this never merges across known countries. Three queries
 * whatever the number of names.
 */
export async function findOrCreatePeople(
  tx: Tx,
  wanted: { name: string; countryCode: string | null }[],
): Promise<string[]> {
  if (wanted.length === 0) return [];
  const names = wanted.map((w) => key(w.name));
  const candidates = await tx.$queryRaw<{ id: string; name: string; countryCode: string | null; byAlias: boolean }[]>`
    SELECT p."id"::text AS "id", lower(p."name") AS "name", p."countryCode", false AS "byAlias", p."createdAt"
    FROM "Person" p WHERE lower(p."name") = ANY(${names}) AND p."deletedAt" IS NULL
    UNION ALL
    SELECT p."id"::text, lower(a."alias"), p."countryCode", true, p."createdAt"
    FROM "PersonAlias" a JOIN "Person" p ON p."id" = a."personId"
    WHERE lower(a."alias") = ANY(${names}) AND p."deletedAt" IS NULL
    ORDER BY "byAlias", "createdAt"`;

  const ids: (string | null)[] = wanted.map((w) => {
    const match = candidates.find(
      (c) => c.name === key(w.name) && (!w.countryCode || !c.countryCode || c.countryCode === w.countryCode),
    );
    return match?.id ?? null;
  });
  const missing = wanted.filter((_, i) => ids[i] === null);
  if (missing.length > 0) {
    const created = await tx.person.createManyAndReturn({
      data: missing.map((w) => ({ name: w.name, countryCode: w.countryCode })),
      select: { id: true },
    });
    let next = 0;
    for (let i = 0; i < ids.length; i++) if (ids[i] === null) ids[i] = created[next++]!.id;
  }
  return ids as string[];
}

/**
 * Organisation ids by lower-cased name: found by name, acronym or alias, else created.
 */
export async function findOrCreateOrganizations(
  tx: Tx,
  wanted: { name: string; countryCode: string | null }[],
): Promise<Map<string, string>> {
  const unique = new Map<string, { name: string; countryCode: string | null }>();
  for (const w of wanted) if (!unique.has(key(w.name))) unique.set(key(w.name), w);
  if (unique.size === 0) return new Map();
  const names = [...unique.keys()];
  const found = await tx.$queryRaw<{ id: string; name: string }[]>`
    SELECT DISTINCT ON ("name") "id", "name" FROM (
      SELECT o."id"::text AS "id", lower(o."name") AS "name", 0 AS "rank", o."createdAt" FROM "Organization" o
      WHERE lower(o."name") = ANY(${names}) AND o."deletedAt" IS NULL
      UNION ALL
      SELECT o."id"::text, lower(o."acronym"), 1, o."createdAt" FROM "Organization" o
      WHERE lower(o."acronym") = ANY(${names}) AND o."deletedAt" IS NULL
      UNION ALL
      SELECT o."id"::text, lower(a."alias"), 2, o."createdAt" FROM "OrganizationAlias" a
      JOIN "Organization" o ON o."id" = a."organizationId"
      WHERE lower(a."alias") = ANY(${names}) AND o."deletedAt" IS NULL
    ) matches ORDER BY "name", "rank", "createdAt"`;
  const ids = new Map(found.map((row) => [row.name, row.id]));
  const missing = names.filter((name) => !ids.has(name)).map((name) => unique.get(name)!);
  if (missing.length > 0) {
    const created = await tx.organization.createManyAndReturn({
      data: missing.map((m) => ({ name: m.name, countryCode: m.countryCode })),
      select: { id: true, name: true },
    });
    for (const org of created) ids.set(key(org.name), org.id);
  }
  return ids;
}

/** Tags by slug, created when new; "Energy" and "energy" are one tag. */
export async function findOrCreateTags(tx: Tx, names: string[], createdById: string): Promise<{ id: string; name: string }[]> {
  const bySlug = new Map<string, string>();
  for (const name of names) {
    const slug = tagSlug(name);
    if (slug && !bySlug.has(slug)) bySlug.set(slug, name.trim());
  }
  if (bySlug.size === 0) return [];
  await tx.tag.createMany({
    data: [...bySlug].map(([slug, name]) => ({ slug, name, createdById })),
    skipDuplicates: true,
  });
  return tx.tag.findMany({ where: { slug: { in: [...bySlug.keys()] } }, select: { id: true, name: true } });
}
