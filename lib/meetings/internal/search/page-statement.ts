import { Prisma } from "@/lib/generated/prisma/client";
import { countStatement } from "@/lib/meetings/search/count";
import { snippetColumn } from "@/lib/meetings/internal/search/snippets";
import type { DatePrecision, MeetingKind, MeetingStatus, Side } from "@/lib/generated/prisma/enums";

/** What one table row reads, as the page statement returns it (relations as JSON). */
export interface PageRow {
  /** The capped count of the view's meetings (null when the caller counts otherwise). */
  total: number | null;
  /** The planner's row count of "Meeting" (statistics, no rows read): an unfiltered view's "about". */
  meetings: number;
  id: string | null;
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  date: Date | null;
  datePrecision: DatePrecision;
  updatedAt: Date;
  deletedAt: Date | null;
  countries: { code: string; name: string; side: Side | null }[];
  participants: { personId: string; name: string; countryCode: string | null; lead: boolean }[];
  topics: { id: string; name: string }[];
  tags: { id: string; name: string }[];
  snippet: string | null;
}

// Each relation as one JSON array per row, in the order and number the table shows (first four
// participants, leads first; four topics and six tags by name): the rows and everything they show
// are read by one statement instead of one per relation.
const RELATIONS = Prisma.sql`
  (SELECT coalesce(json_agg(json_build_object('code', mc."countryCode", 'name', c."name", 'side', mc."side")
            ORDER BY mc."side" ASC, mc."countryCode" ASC), '[]'::json)
     FROM "MeetingCountry" mc JOIN "Country" c ON c."code" = mc."countryCode"
    WHERE mc."meetingId" = m."id") AS "countries",
  (SELECT coalesce(json_agg(json_build_object('personId', pe."id", 'name', pe."name", 'countryCode', x."countryCode", 'lead', x."isDelegationLead")
            ORDER BY x."isDelegationLead" DESC, x."position" ASC), '[]'::json)
     FROM (SELECT pa."personId", pa."countryCode", pa."isDelegationLead", pa."position" FROM "Participation" pa
            WHERE pa."meetingId" = m."id" ORDER BY pa."isDelegationLead" DESC, pa."position" ASC LIMIT 4) x
     JOIN "Person" pe ON pe."id" = x."personId") AS "participants",
  (SELECT coalesce(json_agg(json_build_object('id', t."id", 'name', t."name") ORDER BY t."name"), '[]'::json)
     FROM (SELECT tp."id", tp."name" FROM "MeetingTopic" mt JOIN "Topic" tp ON tp."id" = mt."topicId"
            WHERE mt."meetingId" = m."id" ORDER BY tp."name" LIMIT 4) t) AS "topics",
  (SELECT coalesce(json_agg(json_build_object('id', t."id", 'name', t."name") ORDER BY t."name"), '[]'::json)
     FROM (SELECT tg."id", tg."name" FROM "MeetingTag" mg JOIN "Tag" tg ON tg."id" = mg."tagId"
            WHERE mg."meetingId" = m."id" ORDER BY tg."name" LIMIT 6) t) AS "tags"`;

/**
 * One page of a view in one statement: the page's ids (`idStatements`, one after the other until
 * `size`, in their order), each row with its relations as JSON, the snippets of a search, and —
 * when `countWhere` is given — the view's capped count. One statement is one snapshot, so the
 * total describes the rows shown without a transaction around them. Always one row at least:
 * with no meetings on the page, the total comes back on a row whose `id` is null.
 */
export function pageStatement(idStatements: Prisma.Sql[], size: number, options: { countWhere: Prisma.Sql | null; q: string | null }): Prisma.Sql {
  const ids = Prisma.join(idStatements.map((statement) => Prisma.sql`(${statement})`), " UNION ALL ");
  const total = options.countWhere ? Prisma.sql`(${countStatement(options.countWhere)})` : Prisma.sql`NULL::int`;
  return Prisma.sql`
    WITH page AS MATERIALIZED (
      SELECT s."meetingId"::uuid AS "id", row_number() OVER () AS "n" FROM (${ids}) s LIMIT ${size}
    )
    SELECT t."total", t."meetings", r.* FROM (
      SELECT ${total} AS "total",
        (SELECT greatest(reltuples, 0)::float8 FROM pg_class WHERE oid = '"Meeting"'::regclass) AS "meetings"
    ) t
    LEFT JOIN LATERAL (
      SELECT p."n", m."id"::text AS "id", m."title", m."kind"::text AS "kind", m."status"::text AS "status", m."date",
        m."datePrecision"::text AS "datePrecision", m."updatedAt", m."deletedAt", ${RELATIONS}, ${snippetColumn(options.q)}
      FROM page p JOIN "Meeting" m ON m."id" = p."id"
    ) r ON true
    ORDER BY r."n"`;
}
