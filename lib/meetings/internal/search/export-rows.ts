import { Prisma } from "@/lib/generated/prisma/client";
import { ORDER_BY } from "@/lib/meetings/internal/search/order-by";

/** A span of a source that supports a field or an entity of the meeting (offsets in UTF-16 code units, end exclusive). */
export interface ExportedEvidence {
  id: string;
  sourceId: string;
  start: number;
  end: number;
  quote: string;
  field: string | null;
  personId: string | null;
  organizationId: string | null;
  topicId: string | null;
  countryCode: string | null;
}

/**
 * One meeting as exported: participants, countries, topics, tags and sources (without text), each
 * with its id (a country's is its ISO code), and, in the JSON export, its evidence spans.
 */
export interface ExportedMeeting {
  id: string;
  title: string;
  kind: string;
  status: string;
  date: string | null;
  datePrecision: string;
  place: string | null;
  locationCountry: string | null;
  summary: string;
  outcome: string;
  updatedAt: string;
  countries: { code: string; alpha3: string; side: string | null }[];
  participants: {
    personId: string;
    name: string;
    title: string;
    organizationId: string | null;
    organization: string | null;
    country: string | null;
    side: string | null;
    lead: boolean;
  }[];
  topics: { id: string; name: string }[];
  tags: { id: string; name: string }[];
  sources: { id: string; outlet: string; url: string | null; title: string; publishedOn: string | null }[];
  /** JSON exports only: absent from the CSV ones, which have no column for it. */
  evidence?: ExportedEvidence[];
}

/** Evidence spans cost a further lookup per meeting: only the JSON export asks for them. */
const EVIDENCE = Prisma.sql`,
      (SELECT coalesce(json_agg(json_build_object('id', e."id", 'sourceId', e."sourceId", 'start', e."startOffset", 'end', e."endOffset",
          'quote', e."quote", 'field', e."field", 'personId', e."personId", 'organizationId', e."organizationId",
          'topicId', e."topicId", 'countryCode', e."countryCode") ORDER BY e."sourceId", e."startOffset", e."id"), '[]')
        FROM "Evidence" e WHERE e."meetingId" = m."id") AS "evidence"`;

/**
 * A view's meetings in export order (newest first, then id), each with its linked rows
 * aggregated by PostgreSQL in the same query. At a million meetings this runs at 4,000–5,000
 * meetings a second: each meeting's rows sit on random pages of six tables (the export's date
 * order is not the order they were written in). Reading a batch table by table and assembling it
 * in Node measured the same, so the simpler single statement stays.
 */
export function exportStatement(where: Prisma.Sql, options: { evidence?: boolean } = {}): Prisma.Sql {
  return Prisma.sql`
    SELECT m."id"::text AS "id", m."title", m."kind"::text AS "kind", m."status"::text AS "status",
      to_char(m."date", 'YYYY-MM-DD') AS "date", m."datePrecision"::text AS "datePrecision", m."place",
      m."locationCountryCode" AS "locationCountry", m."summary", m."outcome",
      to_char(m."updatedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt",
      (SELECT coalesce(json_agg(json_build_object('code', x."countryCode", 'alpha3', c."alpha3", 'side', x."side") ORDER BY x."side", x."countryCode"), '[]')
        FROM "MeetingCountry" x JOIN "Country" c ON c."code" = x."countryCode" WHERE x."meetingId" = m."id") AS "countries",
      (SELECT coalesce(json_agg(json_build_object('personId', p."id", 'name', p."name", 'title', x."title", 'organizationId', o."id", 'organization', o."name",
          'country', x."countryCode", 'side', x."side", 'lead', x."isDelegationLead") ORDER BY x."position"), '[]')
        FROM "Participation" x JOIN "Person" p ON p."id" = x."personId" LEFT JOIN "Organization" o ON o."id" = x."organizationId"
        WHERE x."meetingId" = m."id") AS "participants",
      (SELECT coalesce(json_agg(json_build_object('id', t."id", 'name', t."name") ORDER BY t."name"), '[]') FROM "MeetingTopic" x JOIN "Topic" t ON t."id" = x."topicId"
        WHERE x."meetingId" = m."id") AS "topics",
      (SELECT coalesce(json_agg(json_build_object('id', t."id", 'name', t."name") ORDER BY t."name"), '[]') FROM "MeetingTag" x JOIN "Tag" t ON t."id" = x."tagId"
        WHERE x."meetingId" = m."id") AS "tags",
      (SELECT coalesce(json_agg(json_build_object('id', s."id", 'outlet', s."outlet", 'url', s."url", 'title', s."title",
          'publishedOn', to_char(s."publishedOn", 'YYYY-MM-DD')) ORDER BY s."publishedOn", s."createdAt"), '[]')
        FROM "Source" s WHERE s."meetingId" = m."id") AS "sources"${options.evidence ? EVIDENCE : Prisma.empty}
    FROM "Meeting" m
    WHERE ${where}
    ORDER BY ${ORDER_BY.date.desc}`;
}
