import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { tagSlug } from "@/lib/meetings/tag-slug";
import { matchOrganizationsByName, matchPeopleByName } from "@/lib/meetings/write/entity-matches";
import type { RecordParticipant } from "@/lib/meetings/write/record-schema";

type Tx = Prisma.TransactionClient;
type FieldErrors = Record<string, string[]>;

/** Names compare accent-free and case-folded, as `lower(parley_unaccent(…))` does in SQL. */
export const normalise = (name: string) => name.normalize("NFKD").replace(/\p{M}+/gu, "").toLocaleLowerCase("en").trim();

/**
 * Serialises writers that create an entity of the same name: two analysts creating "Tahir
 * Budagov" at once queue here, and the second sees the first one's person. Locks are taken in
 * sorted order so two saves with overlapping names cannot deadlock.
 */
async function lockNames(tx: Tx, entity: "person" | "organization", names: string[]): Promise<void> {
  const keys = [...new Set(names.map((name) => `${entity}:${normalise(name)}`))].sort();
  for (const key of keys) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

/** Follows merges: a link to a merged person or organisation lands on the one it was merged into. */
export async function currentIds(tx: Tx, table: "Person" | "Organization", ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ id: string; current: string }[]>(Prisma.sql`
    WITH RECURSIVE chain AS (
      SELECT "id" AS "start", "id", "mergedIntoId", 0 AS depth FROM ${Prisma.raw(`"${table}"`)} WHERE "id" = ANY(${ids}::uuid[])
      UNION ALL
      SELECT c."start", t."id", t."mergedIntoId", c.depth + 1 FROM chain c
      JOIN ${Prisma.raw(`"${table}"`)} t ON t."id" = c."mergedIntoId" WHERE c.depth < 20
    )
    SELECT "start"::text AS "id", "id"::text AS "current" FROM chain WHERE "mergedIntoId" IS NULL`);
  return new Map(rows.map((row) => [row.id, row.current]));
}

/**
 * The person id of every participant row, in order. A row with `personId` links to that person
 * (following merges) and, when its name is a spelling the person does not have yet, records that
 * spelling as an alias seen in `aliasSourceId`. A row without one creates a new person — but if
 * someone of exactly that name already exists (perhaps created a moment ago by a colleague), the
 * analyst must choose: link them, or confirm a namesake. Never a silent match.
 */
export async function resolvePeople(
  tx: Tx,
  participants: RecordParticipant[],
  aliasSourceId: string | null,
): Promise<{ personIds: string[]; gainedSpellings: string[] }> {
  const errors: FieldErrors = {};
  const linked = await currentIds(tx, "Person", participants.flatMap((p) => (p.personId ? [p.personId] : [])));
  participants.forEach((p, i) => {
    if (p.personId && !linked.has(p.personId)) errors[`participants.${i}.personId`] = ["This person no longer exists: choose again."];
  });

  const toCreate = participants.map((p, i) => ({ p, i })).filter(({ p }) => !p.personId);
  await lockNames(tx, "person", toCreate.map(({ p }) => p.name));
  // Compared in SQL so the accent folding is exactly the one the indexes and search use.
  const namesakes = await matchPeopleByName(tx, toCreate.map(({ p }) => ({ name: p.name, countryCode: p.countryCode })));
  for (const [n, { p, i }] of toCreate.entries()) {
    if (namesakes[n]!.length > 0 && !p.allowNamesake) {
      errors[`participants.${i}.personId`] = [
        `Someone named “${p.name}” is already in Parley: choose them from the list, or confirm that this is a different person.`,
      ];
    }
  }
  if (Object.keys(errors).length > 0) throw new AppError("validation", "Some fields need attention.", { fieldErrors: errors });

  const created = toCreate.length === 0 ? [] : await tx.person.createManyAndReturn({
    data: toCreate.map(({ p }) => ({ name: p.name, countryCode: p.countryCode ?? null })),
    select: { id: true },
  });
  const ids = participants.map((p) => (p.personId ? linked.get(p.personId)! : ""));
  toCreate.forEach(({ i }, n) => (ids[i] = created[n]!.id));
  const gainedSpellings = await recordPersonAliases(tx, participants, ids, aliasSourceId);
  return { personIds: ids, gainedSpellings };
}

/**
 * A linked row whose spelling differs from the person's name and aliases becomes an alias.
 * Returns the people who gained one: their other meetings are now found by it too.
 */
export async function recordPersonAliases(tx: Tx, participants: RecordParticipant[], ids: string[], sourceId: string | null): Promise<string[]> {
  const spellings = participants.flatMap((p, i) => (p.personId ? [{ personId: ids[i]!, alias: p.name }] : []));
  if (spellings.length === 0) return [];
  const gained = await tx.$queryRaw<{ personId: string }[]>`
    INSERT INTO "PersonAlias" ("id", "personId", "alias", "sourceId")
    SELECT gen_random_uuid(), s."personId", s."alias", ${sourceId}::uuid
    FROM unnest(${spellings.map((s) => s.personId)}::uuid[], ${spellings.map((s) => s.alias)}::text[]) AS s("personId", "alias")
    JOIN "Person" p ON p."id" = s."personId"
    WHERE lower(parley_unaccent(p."name")) <> lower(parley_unaccent(s."alias"))
      AND NOT EXISTS (SELECT 1 FROM "PersonAlias" a WHERE a."personId" = s."personId"
                      AND lower(parley_unaccent(a."alias")) = lower(parley_unaccent(s."alias")))
    ON CONFLICT ("personId", "alias") DO NOTHING
    RETURNING "personId"::text AS "personId"`;
  return [...new Set(gained.map((row) => row.personId))];
}

/**
 * The organisation id of every participant row (null when it names none). A row with an id links
 * to it (following merges); a name alone links to the organisation of exactly that name, acronym
 * or alias whose country does not contradict the row's, else creates one — under a lock, so two
 * saves naming a new organisation at once make one.
 */
export async function resolveOrganizations(tx: Tx, participants: RecordParticipant[]): Promise<(string | null)[]> {
  const errors: FieldErrors = {};
  const linked = await currentIds(tx, "Organization", participants.flatMap((p) => (p.organizationId ? [p.organizationId] : [])));
  participants.forEach((p, i) => {
    if (p.organizationId && !linked.has(p.organizationId)) {
      errors[`participants.${i}.organizationId`] = ["This organisation no longer exists: choose again."];
    }
  });
  if (Object.keys(errors).length > 0) throw new AppError("validation", "Some fields need attention.", { fieldErrors: errors });

  const named = participants.map((p, i) => ({ p, i })).filter(({ p }) => !p.organizationId && p.organization);
  const ids: (string | null)[] = participants.map((p) => (p.organizationId ? linked.get(p.organizationId)! : null));
  if (named.length === 0) return ids;
  await lockNames(tx, "organization", named.map(({ p }) => p.organization));
  const found = await matchOrganizationsByName(tx, named.map(({ p }) => ({ name: p.organization, countryCode: p.countryCode })));
  const match = new Map(found.flatMap((list, n) => (list[0] ? [[n, list[0].id] as const] : [])));
  const createdByKey = new Map<string, string>();
  for (const [n, { p, i }] of named.entries()) {
    const key = `${normalise(p.organization)}|${p.countryCode ?? ""}`;
    const existing = match.get(n) ?? createdByKey.get(key);
    if (existing) {
      ids[i] = existing;
      continue;
    }
    const created = await tx.organization.create({
      data: { name: p.organization, countryCode: p.countryCode ?? null },
      select: { id: true },
    });
    createdByKey.set(key, created.id);
    ids[i] = created.id;
  }
  return ids;
}

/**
 * The tag each slug means now, by slug: a live tag's own slug first, else a tag's former name
 * (it was renamed), each followed to the tag it was merged into. One statement, so a rename that
 * commits meanwhile is seen wholly before or wholly after: a name never falls between the two.
 */
export async function findTagIdsBySlug(tx: Tx, slugs: string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ slug: string; id: string }[]>`
    SELECT s."slug", coalesce(t."mergedIntoId", t."id")::text AS "id"
    FROM unnest(${slugs}::text[]) AS s("slug")
    JOIN LATERAL (
      SELECT "id", "mergedIntoId", 0 AS "rank" FROM "Tag" WHERE "slug" = s."slug"
      UNION ALL
      SELECT t."id", t."mergedIntoId", 1 FROM "TagFormerName" f JOIN "Tag" t ON t."id" = f."tagId" WHERE f."slug" = s."slug"
      ORDER BY "rank" LIMIT 1
    ) t ON true`;
  return new Map(rows.map((row) => [row.slug, row.id]));
}

/**
 * Tag ids for names, in the names' order, created when new. Names compare by slug (Unicode
 * normalisation and case folding: "EU" and "eu" are one tag). A merged tag's name, or a renamed
 * tag's former name, means the tag it leads to: a form opened before a rename or merge never
 * re-creates the old tag and drops the one the meeting has.
 */
export async function resolveTags(tx: Tx, names: string[], createdById: string | null): Promise<string[]> {
  const bySlug = new Map<string, string>();
  for (const name of names) {
    const slug = tagSlug(name);
    if (slug && !bySlug.has(slug)) bySlug.set(slug, name.normalize("NFC").trim());
  }
  if (bySlug.size === 0) return [];
  const ids = await findTagIdsBySlug(tx, [...bySlug.keys()]);
  const missing = [...bySlug].filter(([slug]) => !ids.has(slug));
  if (missing.length > 0) {
    // Two saves naming the same new tag at once: the unique slug makes one, both then find it.
    await tx.tag.createMany({ data: missing.map(([slug, name]) => ({ slug, name, createdById })), skipDuplicates: true });
    for (const [slug, id] of await findTagIdsBySlug(tx, missing.map(([slug]) => slug))) ids.set(slug, id);
  }
  return [...new Set([...bySlug.keys()].flatMap((slug) => ids.get(slug) ?? []))];
}
