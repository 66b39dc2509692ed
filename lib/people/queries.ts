import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db, readDb } from "@/lib/db";
import { formatMeetingDate } from "@/lib/meetings/dto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import {
  asJson,
  entityMeetingSets,
  entityMeetingsStatement,
  MEETINGS_BY_YEAR,
  entityMeetingsScope,
  NEWEST_MEETINGS,
  toEntityMeetingPage,
  topCountriesStatement,
  topPeopleStatement,
  toPeriodCounts,
  type CountedRef,
  type EntityCursor,
  type EntityMeetingPage,
  type EntityMeetingSqlRow,
  type PeriodCount,
} from "@/lib/meetings/detail/entity-meetings";
import { meetingIdSchema } from "@/lib/meetings/schemas";
import { entityAliasesStatement } from "@/lib/entities/aliases";
import { mergeableRecordColumns, toMergeableRecordParts, type MergeableRecordParts, type MergeableRecordRow } from "@/lib/entities/mergeable-record";

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

export interface PersonPage extends MergeableRecordParts {
  person: { id: string; name: string; countryCode: string | null; countryName: string | null; notes: string; wikidataId: string | null; version: number };
  aliases: EntityAlias[];
  titles: TitleHeld[];
  /** True when older runs of titles exist than the TITLE_RUNS_SHOWN listed. */
  earlierTitles: boolean;
  counterparts: CountedRef[];
  countries: CountedRef[];
  perYear: PeriodCount[];
  meetings: EntityMeetingPage;
}

export type PersonLookup = { state: "found"; page: PersonPage } | { state: "merged"; into: string } | null;

/** The most recent runs of titles a person page lists (a run: consecutive meetings with one title and organisation). */
const TITLE_RUNS_SHOWN = 50;

// Built by json_build_object, so the date arrives as "YYYY-MM-DD".
type MeetingAt = { meetingId: string; meetingTitle: string; date: string | null; datePrecision: DatePrecision };
type TitleRun = { title: string; organizationId: string | null; organizationName: string | null; count: number; first: MeetingAt; last: MeetingAt };

/**
 * Titles in the order they were recorded, a run of meetings with the same title and organisation
 * as one entry: the latest TITLE_RUNS_SHOWN runs within the person's newest meetings
 * (NEWEST_MEETINGS). Folded by PostgreSQL, so a person met 170,000 times sends 50 rows to the
 * server, not 170,000 (4.3 s a page view before, most of it in Node).
 */
function titleRunsStatement(personId: string): Prisma.Sql {
  return Prisma.sql`
    WITH held AS (
      SELECT p."title", p."organizationId", m."id" AS "meetingId", m."title" AS "meetingTitle", m."date", m."datePrecision",
             row_number() OVER w AS "n",
             CASE WHEN lag(p."title") OVER w = p."title" AND lag(p."organizationId") OVER w IS NOT DISTINCT FROM p."organizationId" THEN 0 ELSE 1 END AS "starts"
      FROM "Participation" p JOIN "Meeting" m ON m."id" = p."meetingId"
      WHERE p."personId" = ${personId}::uuid AND p."title" <> '' AND p."meetingId" IN (${NEWEST_MEETINGS})
      WINDOW w AS (ORDER BY m."date" ASC NULLS FIRST, m."id" ASC)
    ), numbered AS (
      SELECT *, sum("starts") OVER (ORDER BY "n") AS "run" FROM held
    ), spans AS (
      SELECT "run", min("n") AS "firstN", max("n") AS "lastN", count(*)::int AS "count"
      FROM numbered GROUP BY "run" ORDER BY "run" DESC LIMIT ${TITLE_RUNS_SHOWN + 1}
    )
    SELECT f."title", f."organizationId"::text AS "organizationId", o."name" AS "organizationName", s."count",
           json_build_object('meetingId', f."meetingId", 'meetingTitle', f."meetingTitle", 'date', f."date", 'datePrecision', f."datePrecision") AS "first",
           json_build_object('meetingId', l."meetingId", 'meetingTitle', l."meetingTitle", 'date', l."date", 'datePrecision', l."datePrecision") AS "last"
    FROM spans s
    JOIN numbered f ON f."n" = s."firstN"
    JOIN numbered l ON l."n" = s."lastN"
    LEFT JOIN "Organization" o ON o."id" = f."organizationId"
    ORDER BY s."run" ASC`;
}

/** titleRunsStatement's runs as the page lists them, and whether earlier ones exist. */
function toTitles(runs: TitleRun[]): { titles: TitleHeld[]; earlier: boolean } {
  const at = (meeting: MeetingAt) => ({
    meetingId: meeting.meetingId,
    meetingTitle: meeting.meetingTitle,
    dateLabel: formatMeetingDate(meeting.date === null ? null : new Date(`${meeting.date}T00:00:00Z`), meeting.datePrecision),
  });
  // One run more than shown is read only to know that earlier ones exist.
  const earlier = runs.length > TITLE_RUNS_SHOWN;
  const titles = runs.slice(earlier ? 1 : 0).map((run) => ({
    title: run.title,
    organization: run.organizationId ? { id: run.organizationId, name: run.organizationName ?? "" } : null,
    count: run.count,
    first: at(run.first),
    last: at(run.last),
  }));
  return { titles, earlier };
}

/**
 * A person's page: who they are, the spellings seen, titles over time, frequent counterparts and
 * their meetings newest first. A merged person answers with where they were merged into.
 * Rule: any signed-in user.
 */
export async function getPersonPage(id: string, cursor?: EntityCursor): Promise<PersonLookup> {
  await requireUser();
  if (!meetingIdSchema.safeParse(id).success) return null;
  const set = entityMeetingSets.person(id);
  // Everything the page shows in one statement (issue 19: it took 11), each list as JSON in the
  // order its own statement sorts it.
  const [person] = await readDb.$queryRaw<PersonRow[]>`
    ${entityMeetingsScope(set)}
    SELECT p."id"::text AS "id", p."name", p."countryCode"::text AS "countryCode", c."name" AS "countryName", p."notes",
           p."wikidataId", p."version",
           p."mergedIntoId"::text AS "mergedIntoId", p."deletedAt",
           ${asJson(entityAliasesStatement("person", id))} AS "aliases",
           ${asJson(titleRunsStatement(id))} AS "titles",
           ${asJson(topPeopleStatement({ exceptPersonId: id }))} AS "counterparts",
           ${asJson(topCountriesStatement())} AS "countries",
           ${asJson(MEETINGS_BY_YEAR)} AS "perYear",
           ${asJson(entityMeetingsStatement(cursor))} AS "meetings",
           ${mergeableRecordColumns("PERSON", id)}
    FROM "Person" p LEFT JOIN "Country" c ON c."code" = p."countryCode"
    WHERE p."id" = ${id}::uuid`;
  if (!person || person.deletedAt) return null;
  if (person.mergedIntoId) return { state: "merged", into: person.mergedIntoId };
  const titles = toTitles(person.titles);
  return {
    state: "found",
    page: {
      person: {
        id: person.id,
        name: person.name,
        countryCode: person.countryCode,
        countryName: person.countryName,
        notes: person.notes,
        wikidataId: person.wikidataId,
        version: person.version,
      },
      aliases: person.aliases,
      titles: titles.titles,
      earlierTitles: titles.earlier,
      counterparts: person.counterparts,
      countries: person.countries,
      perYear: toPeriodCounts(person.perYear),
      meetings: toEntityMeetingPage(person.meetings),
      ...toMergeableRecordParts(person),
    },
  };
}

interface PersonRow extends MergeableRecordRow {
  id: string;
  name: string;
  countryCode: string | null;
  countryName: string | null;
  notes: string;
  wikidataId: string | null;
  version: number;
  mergedIntoId: string | null;
  deletedAt: Date | null;
  aliases: EntityAlias[];
  titles: TitleRun[];
  counterparts: CountedRef[];
  countries: CountedRef[];
  perYear: { year: number; count: number }[];
  meetings: EntityMeetingSqlRow[];
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

