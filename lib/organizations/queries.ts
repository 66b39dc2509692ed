import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db, readDb } from "@/lib/db";
import { entityAliasesStatement } from "@/lib/entities/aliases";
import { mergeableRecordColumns, toMergeableRecordParts, type MergeableRecordParts, type MergeableRecordRow } from "@/lib/entities/mergeable-record";
import {
  asJson,
  entityMeetingSets,
  entityMeetingsStatement,
  MEETINGS_BY_YEAR,
  entityMeetingsScope,
  toEntityMeetingPage,
  toPeriodCounts,
  topCountriesStatement,
  topPeopleStatement,
  type CountedRef,
  type EntityMeetingSqlRow,
  type EntityCursor,
  type EntityMeetingPage,
  type PeriodCount,
} from "@/lib/meetings/detail/entity-meetings";
import { meetingIdSchema } from "@/lib/meetings/schemas";
import type { EntityAlias } from "@/lib/people/queries";

export interface OrganizationPage extends MergeableRecordParts {
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
}

export type OrganizationLookup = { state: "found"; page: OrganizationPage } | { state: "merged"; into: string } | null;

type OrganizationRow = OrganizationPage["organization"] & MergeableRecordRow & {
  mergedIntoId: string | null;
  deletedAt: Date | null;
  aliases: EntityAlias[];
  people: CountedRef[];
  countries: CountedRef[];
  perYear: { year: number; count: number }[];
  meetings: EntityMeetingSqlRow[];
};

/** An organisation's page; a merged one answers with where it went. Rule: any signed-in user. */
export async function getOrganizationPage(id: string, cursor?: EntityCursor): Promise<OrganizationLookup> {
  await requireUser();
  if (!meetingIdSchema.safeParse(id).success) return null;
  const set = entityMeetingSets.organization(id);
  // Everything the page shows in one statement, as the person's page reads it (issue 19: it took 11).
  const [organization] = await readDb.$queryRaw<OrganizationRow[]>`
    ${entityMeetingsScope(set)}
    SELECT o."id"::text AS "id", o."name", o."acronym", o."countryCode"::text AS "countryCode", c."name" AS "countryName", o."notes",
           o."wikidataId", o."version", o."mergedIntoId"::text AS "mergedIntoId", o."deletedAt",
           ${asJson(entityAliasesStatement("organization", id))} AS "aliases",
           ${asJson(topPeopleStatement({ organizationId: id }))} AS "people",
           ${asJson(topCountriesStatement())} AS "countries",
           ${asJson(MEETINGS_BY_YEAR)} AS "perYear",
           ${asJson(entityMeetingsStatement(cursor))} AS "meetings",
           ${mergeableRecordColumns("ORGANIZATION", id)}
    FROM "Organization" o LEFT JOIN "Country" c ON c."code" = o."countryCode"
    WHERE o."id" = ${id}::uuid`;
  if (!organization || organization.deletedAt) return null;
  if (organization.mergedIntoId) return { state: "merged", into: organization.mergedIntoId };
  const { aliases, people, countries, perYear, meetings } = organization;
  return {
    state: "found",
    page: {
      organization: {
        id: organization.id,
        name: organization.name,
        acronym: organization.acronym,
        countryCode: organization.countryCode,
        countryName: organization.countryName,
        notes: organization.notes,
        wikidataId: organization.wikidataId,
        version: organization.version,
      },
      aliases,
      people,
      countries,
      perYear: toPeriodCounts(perYear),
      meetings: toEntityMeetingPage(meetings),
      ...toMergeableRecordParts(organization),
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
