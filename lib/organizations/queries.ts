import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db, readDb } from "@/lib/db";
import {
  countEntityMeetingsByYear,
  entityMeetingSets,
  listEntityMeetings,
  topCountries,
  type CountedRef,
  type EntityCursor,
  type EntityMeetingPage,
  type PeriodCount,
} from "@/lib/meetings/detail/entity-meetings";
import { meetingIdSchema } from "@/lib/meetings/schemas";
import type { EntityAlias } from "@/lib/people/queries";

export interface OrganizationPage {
  organization: {
    id: string;
    name: string;
    acronym: string | null;
    countryCode: string | null;
    countryName: string | null;
    notes: string;
    wikidataId: string | null;
    version: number;
  };
  aliases: EntityAlias[];
  /** People who took part on the organisation's behalf, most often first. */
  people: CountedRef[];
  countries: CountedRef[];
  perYear: PeriodCount[];
  meetings: EntityMeetingPage;
  mergedFrom: { id: string; name: string }[];
}

export type OrganizationLookup = { state: "found"; page: OrganizationPage } | { state: "merged"; into: string } | null;

/** An organisation's page; a merged one answers with where it went. Rule: any signed-in user. */
export async function getOrganizationPage(id: string, cursor?: EntityCursor): Promise<OrganizationLookup> {
  await requireUser();
  if (!meetingIdSchema.safeParse(id).success) return null;
  const organization = await readDb.organization.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      acronym: true,
      countryCode: true,
      country: { select: { name: true } },
      notes: true,
      wikidataId: true,
      version: true,
      mergedIntoId: true,
      deletedAt: true,
    },
  });
  if (!organization || organization.deletedAt) return null;
  if (organization.mergedIntoId) return { state: "merged", into: organization.mergedIntoId };
  const set = entityMeetingSets.organization(id);
  const [aliases, people, countries, perYear, meetings, mergedFrom] = await Promise.all([
    readDb.organizationAlias.findMany({
      where: { organizationId: id },
      select: { id: true, alias: true, source: { select: { id: true, meetingId: true, outlet: true, title: true } } },
      orderBy: { alias: "asc" },
    }),
    readDb.$queryRaw<CountedRef[]>`
      SELECT p."personId"::text AS "id", pe."name", count(*)::int AS "count"
      FROM "Participation" p
      JOIN "Meeting" m ON m."id" = p."meetingId" AND m."deletedAt" IS NULL
      JOIN "Person" pe ON pe."id" = p."personId"
      WHERE p."organizationId" = ${id}::uuid
      GROUP BY 1, 2 ORDER BY 3 DESC, 2 ASC LIMIT 12`,
    topCountries(readDb, set),
    countEntityMeetingsByYear(readDb, set),
    listEntityMeetings(readDb, set, cursor),
    readDb.organization.findMany({ where: { mergedIntoId: id }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    state: "found",
    page: {
      organization: {
        id: organization.id,
        name: organization.name,
        acronym: organization.acronym,
        countryCode: organization.countryCode,
        countryName: organization.country?.name ?? null,
        notes: organization.notes,
        wikidataId: organization.wikidataId,
        version: organization.version,
      },
      aliases,
      people,
      countries,
      perYear,
      meetings,
      mergedFrom,
    },
  };
}

/**
 * Organisations that may be the same as `id`: same name or acronym (accents and case folded), or
 * one's name is the other's acronym; same or unknown country; not merged. Rule: any signed-in user.
 */
export async function findPossibleDuplicateOrganizations(id: string): Promise<{ id: string; name: string; countryCode: string | null }[]> {
  await requireUser();
  if (!meetingIdSchema.safeParse(id).success) return [];
  return db.$queryRaw<{ id: string; name: string; countryCode: string | null }[]>`
    WITH me AS (SELECT lower(parley_unaccent("name")) AS n, lower(coalesce("acronym", '')) AS a, "countryCode" FROM "Organization" WHERE "id" = ${id}::uuid)
    SELECT o."id"::text AS "id", o."name", o."countryCode"::text AS "countryCode"
    FROM "Organization" o, me
    WHERE o."id" <> ${id}::uuid AND o."mergedIntoId" IS NULL AND o."deletedAt" IS NULL
      AND (o."countryCode" IS NULL OR me."countryCode" IS NULL OR o."countryCode" = me."countryCode")
      AND (lower(parley_unaccent(o."name")) = me.n
           OR (me.a <> '' AND (lower(coalesce(o."acronym", '')) = me.a OR lower(o."name") = me.a))
           OR (o."acronym" IS NOT NULL AND lower(o."acronym") = me.n))
    ORDER BY o."name" LIMIT 10`;
}
