import "server-only";
import { db } from "@/lib/db";
import type { EntityLink } from "@/lib/extraction/meeting-suggestions";
import type { ExtractionResult } from "@/lib/extraction/types";

/**
 * An organisation's name as compared for a link: accents, case, possessives, punctuation and a
 * leading "the" aside, so "the CPC's International Relations Department" is the spelling
 * "CPC International Relations Department".
 */
export function organizationMatchKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLocaleLowerCase("en")
    .replace(/['’]s\b/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /u, "");
}

/** The one item of a list, or null when there are none or several: a link is never a guess between namesakes. */
function onlyOne(links: EntityLink[]): EntityLink | null {
  const distinct = [...new Map(links.map((link) => [link.id, link])).values()];
  return distinct.length === 1 ? distinct[0]! : null;
}

/**
 * Per participant, the one existing person whose name or a spelling (alias) is the participant's
 * name or one of its spellings in the text, accents and case aside, and whose country does not
 * contradict theirs.
 */
async function linkPeople(participants: ExtractionResult["participants"]): Promise<(EntityLink | null)[]> {
  const owners: number[] = [];
  const names: string[] = [];
  const countries: string[] = [];
  participants.forEach((participant, index) => {
    if (participant.titleOnly) return;
    for (const name of [participant.name, ...participant.aliases.map((alias) => alias.name)]) {
      owners.push(index);
      names.push(name);
      countries.push(participant.country ?? "");
    }
  });
  if (names.length === 0) return participants.map(() => null);
  // Compared in SQL so the accent folding is the one the indexes and the save's namesake check use.
  const rows = await db.$queryRaw<{ owner: number; id: string; name: string }[]>`
    WITH wanted AS (
      SELECT x."owner", lower(parley_unaccent(x."name")) AS key, x."country"
      FROM unnest(${owners}::int[], ${names}::text[], ${countries}::text[]) AS x("owner", "name", "country")
    ),
    hits AS (
      SELECT w."owner", w."country", p."id" FROM wanted w JOIN "Person" p ON lower(parley_unaccent(p."name")) = w.key
      UNION
      SELECT w."owner", w."country", a."personId" FROM wanted w JOIN "PersonAlias" a ON lower(parley_unaccent(a."alias")) = w.key
    )
    SELECT DISTINCT h."owner", p."id"::text AS "id", p."name"
    FROM hits h JOIN "Person" p ON p."id" = h."id"
    WHERE p."deletedAt" IS NULL AND p."mergedIntoId" IS NULL
      AND (h."country" = '' OR p."countryCode" IS NULL OR p."countryCode" = h."country")`;
  return participants.map((_, index) => onlyOne(rows.filter((row) => row.owner === index).map(({ id, name }) => ({ id, label: name }))));
}

interface OrganizationRow {
  id: string;
  name: string;
  acronym: string | null;
  alias: string | null;
  countryCode: string | null;
}

/**
 * Per wanted organisation (a name, perhaps with an acronym and a country), the one existing
 * organisation whose name, a spelling or its acronym matches and whose country does not contradict. Candidates come from the trigram indexes; the exact
 * comparison is organizationMatchKey's.
 */
async function linkOrganizations(wanted: { name: string; acronym?: string | null; country?: string | null }[]): Promise<(EntityLink | null)[]> {
  if (wanted.length === 0) return [];
  const needles = [...new Set(wanted.flatMap(({ name, acronym }) => [name, acronym ?? ""]).filter((needle) => needle.trim().length >= 2))];
  if (needles.length === 0) return wanted.map(() => null);
  const rows = await db.$queryRaw<OrganizationRow[]>`
    WITH needle AS (SELECT lower(parley_unaccent(n)) AS q FROM unnest(${needles}::text[]) AS n),
    hits AS (
      SELECT o."id", NULL::text AS alias FROM "Organization" o, needle n
      WHERE lower(parley_unaccent(o."name")) % n.q OR lower(o."acronym") = n.q
      UNION
      SELECT a."organizationId", a."alias" FROM "OrganizationAlias" a, needle n
      WHERE lower(parley_unaccent(a."alias")) % n.q
    )
    SELECT o."id"::text AS "id", o."name", o."acronym", h.alias, o."countryCode"
    FROM hits h JOIN "Organization" o ON o."id" = h."id" AND o."deletedAt" IS NULL AND o."mergedIntoId" IS NULL
    LIMIT 500`;
  return wanted.map(({ name, acronym, country }) => {
    const keys = new Set([name, acronym ?? ""].map(organizationMatchKey).filter(Boolean));
    const matches = rows.filter(
      (row) => (!country || !row.countryCode || row.countryCode === country) && (keys.has(organizationMatchKey(row.name)) || (row.alias !== null && keys.has(organizationMatchKey(row.alias))) || (row.acronym !== null && keys.has(organizationMatchKey(row.acronym)))),
    );
    return onlyOne(matches.map((row) => ({ id: row.id, label: row.name })));
  });
}

/**
 * The existing people and organisations the suggestions name unambiguously: what "Accept all"
 * links without the analyst opening a picker (and what they can still change in it).
 */
export async function linkSuggestedEntities(result: ExtractionResult) {
  const participantOrganizations = result.participants.map((participant) => participant.organization ?? "");
  const [people, organizations] = await Promise.all([
    linkPeople(result.participants),
    linkOrganizations([...result.participants.map((p) => ({ name: p.organization ?? "", country: p.country })), ...result.organizations]),
  ]);
  return {
    people,
    participantOrganizations: organizations.slice(0, participantOrganizations.length).map((link, i) => (participantOrganizations[i] ? link : null)),
    organizations: organizations.slice(participantOrganizations.length),
  };
}
