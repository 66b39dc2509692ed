import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** A name as a participant row gives it, with the country that must not contradict the match's. */
export interface NameToMatch {
  name: string;
  countryCode?: string | null;
}

/** Someone already in Parley under this name or one of their spellings. */
export interface PersonMatch {
  id: string;
  name: string;
  /** The spelling (alias) that matched, or null when the person's own name did. */
  spelling: string | null;
}

/** An organisation already in Parley under this name, acronym or spelling. */
export interface OrganizationMatch {
  id: string;
  name: string;
  /** What matched: its name, its acronym or one of its spellings (aliases). */
  via: "name" | "acronym" | "alias";
}

/**
 * For each name, the live people whose name or a spelling is that name, accent-free and
 * case-folded exactly as the indexes and search compare, whose country does not contradict the
 * row's. One statement for all names. The meeting form's write path (resolve-entities.ts) refuses
 * a new person who has a match here unless the analyst confirms a namesake; an import links the
 * one match, so both read the same answer.
 */
export async function matchPeopleByName(tx: Tx, rows: NameToMatch[]): Promise<PersonMatch[][]> {
  const matches: PersonMatch[][] = rows.map(() => []);
  if (rows.length === 0) return matches;
  const found = await tx.$queryRaw<{ ord: bigint; id: string; name: string; spelling: string | null }[]>`
    SELECT x.ord, m."id"::text AS "id", m."name", m."spelling"
    FROM unnest(${rows.map((r) => r.name)}::text[], ${rows.map((r) => r.countryCode ?? "")}::text[]) WITH ORDINALITY AS x("name", "country", ord)
    JOIN LATERAL (
      SELECT p."id", p."name", NULL::text AS "spelling", 0 AS "rank", p."createdAt" FROM "Person" p
      WHERE lower(parley_unaccent(p."name")) = lower(parley_unaccent(x."name"))
        AND p."deletedAt" IS NULL AND p."mergedIntoId" IS NULL
        AND (x."country" = '' OR p."countryCode" IS NULL OR p."countryCode" = x."country")
      UNION ALL
      SELECT p."id", p."name", a."alias", 1, p."createdAt" FROM "PersonAlias" a JOIN "Person" p ON p."id" = a."personId"
      WHERE lower(parley_unaccent(a."alias")) = lower(parley_unaccent(x."name"))
        AND p."deletedAt" IS NULL AND p."mergedIntoId" IS NULL
        AND (x."country" = '' OR p."countryCode" IS NULL OR p."countryCode" = x."country")
    ) m ON true
    ORDER BY x.ord, m."rank", m."createdAt"`;
  for (const row of found) {
    const list = matches[Number(row.ord) - 1]!;
    if (!list.some((m) => m.id === row.id)) list.push({ id: row.id, name: row.name, spelling: row.spelling });
  }
  return matches;
}

/**
 * For each name, the live organisations of exactly that name, acronym or spelling (in that order
 * of preference, then oldest first) whose country does not contradict the row's. The write path
 * links a named organisation to the first; an import's dry run shows the same one.
 */
export async function matchOrganizationsByName(tx: Tx, rows: NameToMatch[]): Promise<OrganizationMatch[][]> {
  const matches: OrganizationMatch[][] = rows.map(() => []);
  if (rows.length === 0) return matches;
  const found = await tx.$queryRaw<{ ord: bigint; id: string; name: string; rank: number }[]>`
    SELECT x.ord, m."id"::text AS "id", m."name", m."rank"
    FROM unnest(${rows.map((r) => r.name)}::text[], ${rows.map((r) => r.countryCode ?? "")}::text[]) WITH ORDINALITY AS x("name", "country", ord)
    JOIN LATERAL (
      SELECT o."id", o."name", 0 AS "rank", o."createdAt" FROM "Organization" o
      WHERE lower(parley_unaccent(o."name")) = lower(parley_unaccent(x."name"))
        AND o."deletedAt" IS NULL AND o."mergedIntoId" IS NULL
        AND (x."country" = '' OR o."countryCode" IS NULL OR o."countryCode" = x."country")
      UNION ALL
      SELECT o."id", o."name", 1, o."createdAt" FROM "Organization" o
      WHERE lower(parley_unaccent(o."acronym")) = lower(parley_unaccent(x."name"))
        AND o."deletedAt" IS NULL AND o."mergedIntoId" IS NULL
        AND (x."country" = '' OR o."countryCode" IS NULL OR o."countryCode" = x."country")
      UNION ALL
      SELECT o."id", o."name", 2, o."createdAt" FROM "OrganizationAlias" a JOIN "Organization" o ON o."id" = a."organizationId"
      WHERE lower(parley_unaccent(a."alias")) = lower(parley_unaccent(x."name"))
        AND o."deletedAt" IS NULL AND o."mergedIntoId" IS NULL
        AND (x."country" = '' OR o."countryCode" IS NULL OR o."countryCode" = x."country")
    ) m ON true
    ORDER BY x.ord, m."rank", m."createdAt"`;
  const via = ["name", "acronym", "alias"] as const;
  for (const row of found) {
    const list = matches[Number(row.ord) - 1]!;
    if (!list.some((m) => m.id === row.id)) list.push({ id: row.id, name: row.name, via: via[row.rank]! });
  }
  return matches;
}
