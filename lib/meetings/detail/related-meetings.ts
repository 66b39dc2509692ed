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

type Row = { id: string; title: string; date: Date | null; datePrecision: DatePrecision };

const toRelated = (row: Row): RelatedMeeting => ({
  id: row.id,
  title: row.title,
  date: row.date?.toISOString().slice(0, 10) ?? null,
  dateLabel: formatMeetingDate(row.date, row.datePrecision),
});

/**
 * Other live meetings between the same two countries (the first two listed) and with any of the
 * same people, newest first. Both start from an index on the rarer side (a pair's or a person's
 * meetings), never from the whole table. Rule: any signed-in user.
 */
export async function getRelatedMeetings(meetingId: string, countryCodes: string[], personIds: string[]): Promise<RelatedMeetings> {
  await requireUser();
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
  // Both lists in one statement; each keeps its own order (UNION ALL appends them as they come).
  const rows = parts.length > 0 ? await readDb.$queryRaw<(Row & { by: "countries" | "people" })[]>`${Prisma.join(parts, " UNION ALL ")}` : [];
  return {
    sameCountries: rows.filter((row) => row.by === "countries").map(toRelated),
    samePeople: rows.filter((row) => row.by === "people").map(toRelated),
  };
}
