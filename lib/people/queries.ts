import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { formatMeetingDate } from "@/lib/meetings/dto";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import {
  countEntityMeetingsByYear,
  entityMeetingSets,
  listEntityMeetings,
  topCountries,
  topPeople,
  type CountedRef,
  type EntityCursor,
  type EntityMeetingPage,
  type PeriodCount,
} from "@/lib/meetings/detail/entity-meetings";
import { meetingIdSchema } from "@/lib/meetings/schemas";

export interface EntityAlias {
  id: string;
  alias: string;
  source: { id: string; meetingId: string; outlet: string; title: string } | null;
}

export interface TitleHeld {
  title: string;
  organization: { id: string; name: string } | null;
  count: number;
  first: { meetingId: string; meetingTitle: string; dateLabel: string };
  last: { meetingId: string; meetingTitle: string; dateLabel: string };
}

export interface PersonPage {
  person: { id: string; name: string; countryCode: string | null; countryName: string | null; notes: string };
  aliases: EntityAlias[];
  titles: TitleHeld[];
  counterparts: CountedRef[];
  countries: CountedRef[];
  perYear: PeriodCount[];
  meetings: EntityMeetingPage;
  mergedFrom: { id: string; name: string }[];
}

export type PersonLookup = { state: "found"; page: PersonPage } | { state: "merged"; into: string } | null;

type TitleRow = { title: string; organizationId: string | null; organizationName: string | null; meetingId: string; meetingTitle: string; date: Date | null; datePrecision: DatePrecision };

/** Titles in the order they were recorded; a run of meetings with the same title and organisation is one entry. */
function titlesOverTime(rows: TitleRow[]): TitleHeld[] {
  const out: TitleHeld[] = [];
  for (const row of rows) {
    const at = { meetingId: row.meetingId, meetingTitle: row.meetingTitle, dateLabel: formatMeetingDate(row.date, row.datePrecision) };
    const last = out.at(-1);
    if (last && last.title === row.title && (last.organization?.id ?? null) === row.organizationId) {
      last.count += 1;
      last.last = at;
    } else {
      out.push({
        title: row.title,
        organization: row.organizationId ? { id: row.organizationId, name: row.organizationName ?? "" } : null,
        count: 1,
        first: at,
        last: at,
      });
    }
  }
  return out;
}

/**
 * A person's page: who they are, the spellings seen, titles over time, frequent counterparts and
 * their meetings newest first. A merged person answers with where they were merged into.
 * Rule: any signed-in user.
 */
export async function getPersonPage(id: string, cursor?: EntityCursor): Promise<PersonLookup> {
  await requireUser();
  if (!meetingIdSchema.safeParse(id).success) return null;
  const person = await db.person.findUnique({
    where: { id },
    select: { id: true, name: true, countryCode: true, country: { select: { name: true } }, notes: true, mergedIntoId: true, deletedAt: true },
  });
  if (!person || person.deletedAt) return null;
  if (person.mergedIntoId) return { state: "merged", into: person.mergedIntoId };
  const set = entityMeetingSets.person(id);
  const [aliases, titleRows, counterparts, countries, perYear, meetings, mergedFrom] = await Promise.all([
    db.personAlias.findMany({
      where: { personId: id },
      select: { id: true, alias: true, source: { select: { id: true, meetingId: true, outlet: true, title: true } } },
      orderBy: { alias: "asc" },
    }),
    db.$queryRaw<TitleRow[]>`
      SELECT p."title", p."organizationId"::text AS "organizationId", o."name" AS "organizationName",
             m."id"::text AS "meetingId", m."title" AS "meetingTitle", m."date", m."datePrecision"
      FROM "Participation" p
      JOIN "Meeting" m ON m."id" = p."meetingId" AND m."deletedAt" IS NULL
      LEFT JOIN "Organization" o ON o."id" = p."organizationId"
      WHERE p."personId" = ${id}::uuid AND p."title" <> ''
      ORDER BY m."date" ASC NULLS FIRST, m."id" ASC`,
    topPeople(db, set, { exceptPersonId: id }),
    topCountries(db, set),
    countEntityMeetingsByYear(db, set),
    listEntityMeetings(db, set, cursor),
    db.person.findMany({ where: { mergedIntoId: id }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    state: "found",
    page: {
      person: { id: person.id, name: person.name, countryCode: person.countryCode, countryName: person.country?.name ?? null, notes: person.notes },
      aliases,
      titles: titlesOverTime(titleRows),
      counterparts,
      countries,
      perYear,
      meetings,
      mergedFrom,
    },
  };
}

export interface DuplicateCandidate {
  id: string;
  name: string;
  countryCode: string | null;
  meetings: number;
}

/**
 * People who may be the same as `id`: same surname (last word, accents and case folded), same or
 * unknown country, not merged. Rule: any signed-in user.
 */
export async function findPossibleDuplicates(id: string): Promise<DuplicateCandidate[]> {
  await requireUser();
  if (!meetingIdSchema.safeParse(id).success) return [];
  return db.$queryRaw<DuplicateCandidate[]>`
    WITH me AS (SELECT "name", "countryCode", lower(parley_unaccent(regexp_replace("name", '^.*\\s', ''))) AS surname FROM "Person" WHERE "id" = ${id}::uuid)
    SELECT p."id"::text AS "id", p."name", p."countryCode"::text AS "countryCode",
           (SELECT count(*)::int FROM "Participation" x WHERE x."personId" = p."id") AS "meetings"
    FROM "Person" p, me
    WHERE p."id" <> ${id}::uuid AND p."mergedIntoId" IS NULL AND p."deletedAt" IS NULL
      AND (p."countryCode" IS NULL OR me."countryCode" IS NULL OR p."countryCode" = me."countryCode")
      AND lower(parley_unaccent(p."name")) LIKE '%' || me.surname
    ORDER BY p."name" LIMIT 10`;
}

