import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision, MeetingKind } from "@/lib/generated/prisma/enums";
import { COUNTED_MEETINGS_LIMIT } from "@/lib/meetings/detail/counted-meetings";
import { formatMeetingDate } from "@/lib/meetings/dto";


// Shared by every entity page (person, organisation, country, pair, topic, tag): an entity is a
// SQL set of meeting ids taken from one index ("Participation"(personId), "MeetingCountry"
// (countryCode, meetingId), …), read once per page with its dates (entityMeetingsScope). Its
// meetings are paged with a keyset on (date, id), never OFFSET, and its chart is one GROUP BY over
// the same live meetings.

export const ENTITY_PAGE_SIZE = 25;

export const entityMeetingSets = {
  person: (id: string) => Prisma.sql`SELECT "meetingId" FROM "Participation" WHERE "personId" = ${id}::uuid`,
  organization: (id: string) => Prisma.sql`SELECT "meetingId" FROM "Participation" WHERE "organizationId" = ${id}::uuid`,
  country: (code: string) => Prisma.sql`SELECT "meetingId" FROM "MeetingCountry" WHERE "countryCode" = ${code}`,
  pair: (a: string, b: string) => Prisma.sql`
    SELECT x."meetingId" FROM "MeetingCountry" x
    JOIN "MeetingCountry" y ON y."meetingId" = x."meetingId" AND y."countryCode" = ${b}
    WHERE x."countryCode" = ${a}`,
  topic: (id: string) => Prisma.sql`SELECT "meetingId" FROM "MeetingTopic" WHERE "topicId" = ${id}::uuid`,
  tag: (id: string) => Prisma.sql`SELECT "meetingId" FROM "MeetingTag" WHERE "tagId" = ${id}::uuid`,
};

/** Where the next page starts: after the last row shown (date may be null: undated sort last). */
export const entityCursorSchema = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2}|none)_[0-9a-f-]{36}$/i)
  .transform((value) => {
    const [date, id] = value.split("_") as [string, string];
    return { date: date === "none" ? null : date, id };
  })
  .optional()
  .catch(undefined);

export type EntityCursor = NonNullable<z.infer<typeof entityCursorSchema>>;

export interface EntityMeetingRow {
  id: string;
  title: string;
  kind: MeetingKind;
  date: string | null;
  dateLabel: string;
  countries: string[];
}

export interface EntityMeetingPage {
  rows: EntityMeetingRow[];
  /** The cursor of the next page, as it goes in the URL; null on the last page. */
  next: string | null;
}

/** A meeting of the set as its statement returns it: `date` a Date from a row, "YYYY-MM-DD" from JSON. */
export type EntityMeetingSqlRow = { id: string; title: string; kind: MeetingKind; date: Date | string | null; datePrecision: DatePrecision; countries: string[] };

/**
 * The opening of an entity page's one statement: the set's live meetings with their dates, read
 * once ("live"), and the newest `newest` of them ("newest"), both MATERIALIZED so that every part
 * of the page reads them instead of the set. Each part joined the set to "Meeting" for its dates on
 * its own before: five passes over a country's 340,000 meetings at a million (issue 19).
 */
export function entityMeetingsScope(set: Prisma.Sql, newest = COUNTED_MEETINGS_LIMIT): Prisma.Sql {
  return Prisma.sql`
    WITH "live" AS MATERIALIZED (
      SELECT m."id", m."date" FROM "Meeting" m WHERE m."id" IN (${set}) AND m."deletedAt" IS NULL
    ), "newest" AS MATERIALIZED (
      SELECT l."id" FROM "live" l ORDER BY l."date" DESC NULLS LAST, l."id" DESC LIMIT ${newest}
    )`;
}

/** The newest live meetings of the scope (entityMeetingsScope): what the counted lists are taken from. */
export const NEWEST_MEETINGS = Prisma.sql`SELECT "id" FROM "newest"`;

/** One page of the scope's live meetings, newest first, each with its country codes; one row more than a page tells whether another follows. */
export function entityMeetingsStatement(cursor?: EntityCursor): Prisma.Sql {
  const after = !cursor
    ? Prisma.sql`TRUE`
    : cursor.date === null
      ? Prisma.sql`(l."date" IS NULL AND l."id" < ${cursor.id}::uuid)`
      : Prisma.sql`(l."date" < ${cursor.date}::date OR (l."date" = ${cursor.date}::date AND l."id" < ${cursor.id}::uuid) OR l."date" IS NULL)`;
  return Prisma.sql`
    SELECT m."id"::text AS "id", m."title", m."kind", m."date", m."datePrecision",
           ARRAY(SELECT mc."countryCode"::text FROM "MeetingCountry" mc WHERE mc."meetingId" = m."id" ORDER BY 1) AS "countries"
    FROM (SELECT l."id", l."date" FROM "live" l WHERE ${after} ORDER BY l."date" DESC NULLS LAST, l."id" DESC LIMIT ${ENTITY_PAGE_SIZE + 1}) l
    JOIN "Meeting" m ON m."id" = l."id"
    ORDER BY l."date" DESC NULLS LAST, l."id" DESC`;
}

const toDate = (date: Date | string | null) => (typeof date === "string" ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date);

/** The page from entityMeetingsStatement's rows. */
export function toEntityMeetingPage(rows: EntityMeetingSqlRow[]): EntityMeetingPage {
  const page = rows.slice(0, ENTITY_PAGE_SIZE).map((r) => ({ ...r, date: toDate(r.date) }));
  const last = page.at(-1);
  return {
    rows: page.map((r) => ({
      id: r.id,
      title: r.title,
      kind: r.kind,
      date: r.date?.toISOString().slice(0, 10) ?? null,
      dateLabel: formatMeetingDate(r.date, r.datePrecision),
      countries: r.countries,
    })),
    next: rows.length > ENTITY_PAGE_SIZE && last ? `${last.date?.toISOString().slice(0, 10) ?? "none"}_${last.id}` : null,
  };
}

export interface PeriodCount {
  period: string;
  count: number;
}

/** The scope's live meetings per dated year, oldest first. */
export const MEETINGS_BY_YEAR = Prisma.sql`
    SELECT extract(year FROM l."date")::int AS "year", count(*)::int AS "count"
    FROM "live" l WHERE l."date" IS NOT NULL
    GROUP BY 1 ORDER BY 1`;

/** MEETINGS_BY_YEAR's rows as a chart's periods, gaps filled with zero (at most 60 years back). */
export function toPeriodCounts(rows: { year: number; count: number }[]): PeriodCount[] {
  const first = rows[0]?.year;
  const last = rows.at(-1)?.year;
  if (first === undefined || last === undefined) return [];
  const byYear = new Map(rows.map((r) => [r.year, r.count]));
  const out: PeriodCount[] = [];
  for (let year = Math.max(first, last - 60); year <= last; year += 1) out.push({ period: String(year), count: byYear.get(year) ?? 0 });
  return out;
}

export interface CountedRef {
  id: string;
  name: string;
  count: number;
}

// The counted lists look each of the newest meetings' rows up by its id alone (LATERAL, kept from
// being flattened into a join by OFFSET 0; filters apply outside it, so no other index is tried
// once per meeting: an organisation's index, so tried, took 3.8 s). Joined as a set,
// the planner hashed the 20,000 ids and read all of "MeetingCountry", "MeetingTopic" or a
// country's 740,000 participations: 0.3–0.5 s a list for a country in a third of a million meetings.

/** Countries met most often in the scope's newest meetings, other than `except`. */
export function topCountriesStatement(except: string[] = [], limit = 12): Prisma.Sql {
  const excluded = except.length ? Prisma.sql`AND mc."countryCode" NOT IN (${Prisma.join(except)})` : Prisma.empty;
  return Prisma.sql`
    SELECT mc."countryCode"::text AS "id", c."name", count(*)::int AS "count"
    FROM "newest" n
    CROSS JOIN LATERAL (SELECT mc."countryCode" FROM "MeetingCountry" mc WHERE mc."meetingId" = n."id" OFFSET 0) mc
    JOIN "Country" c ON c."code" = mc."countryCode"
    WHERE TRUE ${excluded}
    GROUP BY 1, 2 ORDER BY 3 DESC, 2 ASC LIMIT ${limit}`;
}

interface TopPeopleOptions {
  exceptPersonId?: string;
  /** Only those who took part for this country, or on this organisation's behalf. */
  countryCode?: string;
  organizationId?: string;
  limit?: number;
}

/** People seen most often in the scope's newest meetings, other than `exceptPersonId`; optionally one country's or organisation's. */
export function topPeopleStatement(options: TopPeopleOptions = {}): Prisma.Sql {
  const except = options.exceptPersonId ? Prisma.sql`AND p."personId" <> ${options.exceptPersonId}::uuid` : Prisma.empty;
  const country = options.countryCode ? Prisma.sql`AND p."countryCode" = ${options.countryCode}` : Prisma.empty;
  const organization = options.organizationId ? Prisma.sql`AND p."organizationId" = ${options.organizationId}::uuid` : Prisma.empty;
  return Prisma.sql`
    SELECT p."personId"::text AS "id", pe."name", count(*)::int AS "count"
    FROM "newest" n
    CROSS JOIN LATERAL (SELECT p."personId", p."countryCode", p."organizationId" FROM "Participation" p WHERE p."meetingId" = n."id" OFFSET 0) p
    JOIN "Person" pe ON pe."id" = p."personId"
    WHERE TRUE ${except} ${country} ${organization}
    GROUP BY 1, 2 ORDER BY 3 DESC, 2 ASC LIMIT ${options.limit ?? 12}`;
}

/** Topics of the scope's newest meetings, most frequent first. */
export function topTopicsStatement(limit = 12): Prisma.Sql {
  return Prisma.sql`
    SELECT mt."topicId"::text AS "id", t."name", count(*)::int AS "count"
    FROM "newest" n
    CROSS JOIN LATERAL (SELECT mt."topicId" FROM "MeetingTopic" mt WHERE mt."meetingId" = n."id" OFFSET 0) mt
    JOIN "Topic" t ON t."id" = mt."topicId"
    GROUP BY 1, 2 ORDER BY 3 DESC, 2 ASC LIMIT ${limit}`;
}

/** A statement's rows as one JSON column, so an entity page reads all its parts in one statement (issue 19). */
export const asJson = (statement: Prisma.Sql) => Prisma.sql`(SELECT coalesce(json_agg(x), '[]'::json) FROM (${statement}) x)`;
