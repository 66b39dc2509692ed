import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { readDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatMeetingDate } from "@/lib/meetings/dto";
import type { DatePrecision } from "@/lib/generated/prisma/enums";

export interface RelatedMeeting {
  id: string;
  title: string;
  dateLabel: string;
  date: string | null;
}

export interface RelatedMeetings {
  sameCountries: RelatedMeeting[];
  samePeople: RelatedMeeting[];
}

const LIMIT = 5;

export type RelatedRow = { by: "countries" | "people"; id: string; title: string; date: string | null; datePrecision: DatePrecision };

const toRelated = (row: RelatedRow): RelatedMeeting => ({
  id: row.id,
  title: row.title,
  date: row.date,
  dateLabel: formatMeetingDate(row.date ? new Date(`${row.date}T00:00:00Z`) : null, row.datePrecision),
});

/**
 * Other live meetings between the same two countries (the first two listed) and with any of the
 * same people, newest first. Both start from an index on the rarer side (a pair's or a person's
 * meetings), never from the whole table. Rule: any signed-in user.
 */
export async function getRelatedMeetings(meetingId: string, countryCodes: string[], personIds: string[]): Promise<RelatedMeetings> {
  await requireUser();
  const [found] = await readDb.$queryRaw<{ related: RelatedRow[] }[]>`SELECT ${relatedMeetingsSql(meetingId, countryCodes, personIds)} AS "related"`;
  return toRelatedMeetings(found!.related);
}

/** Both lists as one JSON column, for a SELECT of its own or the meeting page's one read (issue 19). */
export function relatedMeetingsSql(meetingId: string, countryCodes: string[], personIds: string[]): Prisma.Sql {
  const [first, second] = countryCodes;
  const parts: Prisma.Sql[] = [];
  if (first && second) {
    parts.push(Prisma.sql`(
      SELECT 'countries' AS "by", m."id"::text AS "id", m."title", m."date", m."datePrecision"
      FROM "MeetingCountry" a
      JOIN "MeetingCountry" b ON b."meetingId" = a."meetingId" AND b."countryCode" = ${second}
      JOIN "Meeting" m ON m."id" = a."meetingId"
      WHERE a."countryCode" = ${first} AND m."deletedAt" IS NULL AND m."id" <> ${meetingId}::uuid
      ORDER BY m."date" DESC NULLS LAST, m."id" DESC LIMIT ${LIMIT})`);
  }
  if (personIds.length > 0) {
    parts.push(Prisma.sql`(
      SELECT 'people' AS "by", m."id"::text AS "id", m."title", m."date", m."datePrecision"
      FROM "Meeting" m
      WHERE m."id" IN (SELECT p."meetingId" FROM "Participation" p WHERE p."personId" IN (${Prisma.join(personIds.map((id) => Prisma.sql`${id}::uuid`))}))
        AND m."deletedAt" IS NULL AND m."id" <> ${meetingId}::uuid
      ORDER BY m."date" DESC NULLS LAST, m."id" DESC LIMIT ${LIMIT})`);
  }
  if (parts.length === 0) return Prisma.sql`'[]'::json`;
  // Both lists in one column; each keeps its own order (UNION ALL appends them as they come).
  return Prisma.sql`(SELECT COALESCE(json_agg(related), '[]'::json) FROM (${Prisma.join(parts, " UNION ALL ")}) related)`;
}

/** The rows of relatedMeetingsSql as the page shows them. */
export function toRelatedMeetings(rows: RelatedRow[]): RelatedMeetings {
  return {
    sameCountries: rows.filter((row) => row.by === "countries").map(toRelated),
    samePeople: rows.filter((row) => row.by === "people").map(toRelated),
  };
}
