import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
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
  organization: { id: string; name: string; acronym: string | null; countryCode: string | null; countryName: string | null };
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
  const organization = await db.organization.findUnique({
    where: { id },
    select: { id: true, name: true, acronym: true, countryCode: true, country: { select: { name: true } }, mergedIntoId: true, deletedAt: true },
  });
  if (!organization || organization.deletedAt) return null;
  if (organization.mergedIntoId) return { state: "merged", into: organization.mergedIntoId };
  const set = entityMeetingSets.organization(id);
  const [aliases, people, countries, perYear, meetings, mergedFrom] = await Promise.all([
    db.organizationAlias.findMany({
      where: { organizationId: id },
      select: { id: true, alias: true, source: { select: { id: true, meetingId: true, outlet: true, title: true } } },
      orderBy: { alias: "asc" },
    }),
    db.$queryRaw<CountedRef[]>`
      SELECT p."personId"::text AS "id", pe."name", count(*)::int AS "count"
      FROM "Participation" p
      JOIN "Meeting" m ON m."id" = p."meetingId" AND m."deletedAt" IS NULL
      JOIN "Person" pe ON pe."id" = p."personId"
      WHERE p."organizationId" = ${id}::uuid
      GROUP BY 1, 2 ORDER BY 3 DESC, 2 ASC LIMIT 12`,
    topCountries(db, set),
    countEntityMeetingsByYear(db, set),
    listEntityMeetings(db, set, cursor),
    db.organization.findMany({ where: { mergedIntoId: id }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
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
