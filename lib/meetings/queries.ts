import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { countMeetings } from "@/lib/meetings/count-meetings";
import {
  formatDay,
  formatMeetingDate,
  splitIntoSegments,
  toIsoDay,
  type MeetingDetail,
  type MeetingList,
  type MeetingListItem,
} from "@/lib/meetings/dto";
import {
  listMeetingsInputSchema,
  meetingIdSchema,
  toFieldErrors,
  type ListMeetingsInput,
  type ListMeetingsQuery,
} from "@/lib/meetings/schemas";

/**
 * A search ranks at most this many meetings matched on their own vector, plus at most this many
 * matched through source text only: ranking cost grows with the matches, not the page
 * (../shared/notes/search-calibration.md), so an unbounded ranked search would not hold at 1M.
 */
export const SEARCH_CANDIDATE_LIMIT = 2000;

// ORDER BY clauses by sort key: each matches an index (Meeting_live_date_idx scanned forwards or
// backwards, Meeting_title_id_idx, Meeting_updatedAt_idx). Undated meetings sort as the oldest.
const ORDER_BY: Record<ListMeetingsQuery["sort"], Record<ListMeetingsQuery["dir"], Prisma.Sql>> = {
  date: {
    desc: Prisma.sql`"date" DESC NULLS LAST, "id" DESC`,
    asc: Prisma.sql`"date" ASC NULLS FIRST, "id" ASC`,
  },
  title: { asc: Prisma.sql`"title" ASC, "id" ASC`, desc: Prisma.sql`"title" DESC, "id" DESC` },
  updated: { desc: Prisma.sql`"updatedAt" DESC, "id" DESC`, asc: Prisma.sql`"updatedAt" ASC, "id" ASC` },
  relevance: {
    desc: Prisma.sql`"rank" DESC, "date" DESC NULLS LAST, "id" DESC`,
    asc: Prisma.sql`"rank" ASC, "date" ASC NULLS FIRST, "id" ASC`,
  },
};

function whereClause(query: ListMeetingsQuery, showDeleted: boolean): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  // Written exactly as the partial index's predicate so the planner can use it.
  if (!showDeleted) conditions.push(Prisma.sql`m."deletedAt" IS NULL`);
  if (query.kinds.length > 0) conditions.push(Prisma.sql`m."kind" = ANY(CAST(${query.kinds} AS "MeetingKind"[]))`);
  if (query.status) conditions.push(Prisma.sql`m."status" = CAST(${query.status} AS "MeetingStatus")`);
  if (query.from) conditions.push(Prisma.sql`m."date" >= CAST(${query.from} AS date)`);
  if (query.to) conditions.push(Prisma.sql`m."date" <= CAST(${query.to} AS date)`);
  if (query.country) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "MeetingCountry" mc WHERE mc."meetingId" = m."id" AND mc."countryCode" = ${query.country})`,
    );
  }
  return conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

const listSelect = {
  id: true,
  title: true,
  kind: true,
  status: true,
  date: true,
  datePrecision: true,
  updatedAt: true,
  deletedAt: true,
  countries: {
    select: { countryCode: true, side: true, country: { select: { name: true } } },
    orderBy: [{ side: "asc" }, { countryCode: "asc" }],
  },
  participations: {
    select: { isDelegationLead: true, countryCode: true, person: { select: { name: true } } },
    orderBy: [{ isDelegationLead: "desc" }, { position: "asc" }],
    take: 4,
  },
  tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } }, take: 6 },
} satisfies Prisma.MeetingSelect;

type ListRow = Prisma.MeetingGetPayload<{ select: typeof listSelect }>;

function toListItem(row: ListRow): MeetingListItem {
  const leads = row.participations.some((p) => p.isDelegationLead)
    ? row.participations.filter((p) => p.isDelegationLead)
    : row.participations.slice(0, 2);
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    date: toIsoDay(row.date),
    dateLabel: formatMeetingDate(row.date, row.datePrecision),
    countries: row.countries.map((c) => ({ code: c.countryCode, name: c.country.name, side: c.side })),
    leads: leads.map((p) => ({ name: p.person.name, countryCode: p.countryCode })),
    tags: row.tags.map((t) => t.tag.name),
    updatedAt: row.updatedAt.toISOString(),
    deleted: row.deletedAt !== null,
  };
}

function parseListInput(input: ListMeetingsInput): ListMeetingsQuery {
  const parsed = listMeetingsInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("validation", "These search settings are not valid.", { fieldErrors: toFieldErrors(parsed.error) });
  }
  // Relevance means nothing without a search; fall back to newest first.
  if (!parsed.data.q && parsed.data.sort === "relevance") return { ...parsed.data, sort: "date", dir: "desc" };
  return parsed.data;
}

/**
 * Meetings matching a search and filters, one page of them, newest first by default.
 * Rule: any signed-in user; soft-deleted meetings only for admins who ask for them.
 */
export async function listMeetings(input: ListMeetingsInput = {}): Promise<MeetingList> {
  const user = await requireUser();
  const query = parseListInput(input);
  const showDeleted = query.includeDeleted && user.role === "admin";
  const where = whereClause(query, showDeleted);
  const orderBy = ORDER_BY[query.sort][query.dir];
  const offset = (query.page - 1) * query.pageSize;

  // Ids, count and rows from one snapshot, so the count always describes the rows shown.
  const { ids, total, capped, rows } = await db.$transaction(
    async (tx) => {
      let page: { ids: string[]; total: number; capped: boolean };
      if (query.q) {
        const [result] = await tx.$queryRaw<{ ids: string[]; total: number; capped: boolean }[]>`
          WITH query AS (SELECT websearch_to_tsquery('parley', ${query.q}) AS q),
          meeting_hits AS (
            SELECT m."id" FROM "Meeting" m, query WHERE m."searchVector" @@ query.q LIMIT ${SEARCH_CANDIDATE_LIMIT}
          ),
          -- Source text is only searched while the meetings' own vectors leave room under the cap:
          -- for a common word the index lookup over long texts is the dearest part of the query.
          source_hits AS (
            SELECT s."meetingId" AS "id" FROM "Source" s, query
            WHERE (SELECT count(*) FROM meeting_hits) < ${SEARCH_CANDIDATE_LIMIT} AND s."searchVector" @@ query.q
            LIMIT ${SEARCH_CANDIDATE_LIMIT}
          ),
          filtered AS (
            SELECT m."id", m."date", m."title", m."updatedAt",
                   coalesce(ts_rank(m."searchVector", query.q), 0) AS "rank"
            FROM (SELECT "id" FROM meeting_hits UNION SELECT "id" FROM source_hits) hits
            JOIN "Meeting" m ON m."id" = hits."id"
            CROSS JOIN query
            WHERE ${where}
          )
          SELECT
            ARRAY(SELECT "id"::text AS "meetingId" FROM filtered ORDER BY ${orderBy} LIMIT ${query.pageSize} OFFSET ${offset}) AS "ids",
            (SELECT count(*)::int FROM filtered) AS "total",
            ((SELECT count(*) FROM meeting_hits) >= ${SEARCH_CANDIDATE_LIMIT}
              OR (SELECT count(*) FROM source_hits) >= ${SEARCH_CANDIDATE_LIMIT}) AS "capped"`;
        page = result ?? { ids: [], total: 0, capped: false };
      } else {
        // Not `AS "id"`: ORDER BY "id" would then sort by the text form and skip the index order.
        const idRows = await tx.$queryRaw<{ meetingId: string }[]>`
          SELECT m."id"::text AS "meetingId" FROM "Meeting" m WHERE ${where}
          ORDER BY ${orderBy} LIMIT ${query.pageSize} OFFSET ${offset}`;
        const total = await countMeetings(tx, query, where, showDeleted);
        page = { ids: idRows.map((row) => row.meetingId), total, capped: false };
      }
      const rows = page.ids.length > 0 ? await tx.meeting.findMany({ where: { id: { in: page.ids } }, select: listSelect }) : [];
      return { ...page, rows };
    },
    { isolationLevel: "RepeatableRead" },
  );

  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    rows: ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toListItem(row)] : [];
    }),
    total,
    capped,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}

const detailSelect = {
  id: true,
  title: true,
  kind: true,
  status: true,
  date: true,
  datePrecision: true,
  place: true,
  locationCountry: { select: { code: true, name: true } },
  summary: true,
  outcome: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  createdBy: { select: { name: true } },
  updatedBy: { select: { name: true } },
  countries: {
    select: { side: true, country: { select: { code: true, name: true } } },
    orderBy: [{ side: "asc" }, { countryCode: "asc" }],
  },
  participations: {
    select: {
      id: true,
      title: true,
      side: true,
      isDelegationLead: true,
      countryCode: true,
      country: { select: { name: true } },
      person: { select: { name: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } } } },
      organization: { select: { name: true, acronym: true } },
    },
    orderBy: { position: "asc" },
  },
  topics: { select: { topic: { select: { id: true, name: true } } }, orderBy: { topic: { name: "asc" } } },
  tags: { select: { tag: { select: { id: true, name: true } } }, orderBy: { tag: { name: "asc" } } },
  sources: {
    select: {
      id: true,
      outlet: true,
      url: true,
      title: true,
      publishedOn: true,
      language: true,
      text: true,
      evidence: {
        select: {
          startOffset: true,
          endOffset: true,
          field: true,
          countryCode: true,
          person: { select: { name: true } },
          organization: { select: { name: true } },
          topic: { select: { name: true } },
          participation: { select: { person: { select: { name: true } } } },
        },
      },
    },
    orderBy: [{ publishedOn: "asc" }, { createdAt: "asc" }],
  },
} satisfies Prisma.MeetingSelect;

type DetailRow = Prisma.MeetingGetPayload<{ select: typeof detailSelect }>;

function evidenceLabel(evidence: DetailRow["sources"][number]["evidence"][number]): string {
  return (
    evidence.participation?.person.name ??
    evidence.person?.name ??
    evidence.organization?.name ??
    evidence.topic?.name ??
    evidence.countryCode ??
    evidence.field ??
    "evidence"
  );
}

function toDetail(row: DetailRow): MeetingDetail {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    date: toIsoDay(row.date),
    datePrecision: row.datePrecision,
    dateLabel: formatMeetingDate(row.date, row.datePrecision),
    place: row.place,
    locationCountry: row.locationCountry,
    summary: row.summary,
    outcome: row.outcome,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy?.name ?? null,
    updatedBy: row.updatedBy?.name ?? null,
    deletedAt: row.deletedAt?.toISOString() ?? null,
    countries: row.countries.map((c) => ({ code: c.country.code, name: c.country.name, side: c.side })),
    participants: row.participations.map((p) => ({
      id: p.id,
      name: p.person.name,
      aliases: p.person.aliases.map((a) => a.alias),
      title: p.title,
      organization: p.organization
        ? p.organization.acronym && !p.organization.name.includes(p.organization.acronym)
          ? `${p.organization.name} (${p.organization.acronym})`
          : p.organization.name
        : null,
      countryCode: p.countryCode,
      countryName: p.country?.name ?? null,
      side: p.side,
      isDelegationLead: p.isDelegationLead,
    })),
    topics: row.topics.map((t) => t.topic),
    tags: row.tags.map((t) => t.tag),
    sources: row.sources.map((s) => ({
      id: s.id,
      outlet: s.outlet,
      url: s.url,
      title: s.title,
      publishedOn: toIsoDay(s.publishedOn),
      publishedLabel: formatDay(s.publishedOn),
      language: s.language,
      segments: splitIntoSegments(
        s.text,
        s.evidence.map((e) => ({ start: e.startOffset, end: e.endOffset, label: evidenceLabel(e) })),
      ),
      evidenceCount: s.evidence.length,
    })),
  };
}

/**
 * One meeting with everything its permalink shows, or null when there is none to show.
 * Rule: any signed-in user; a soft-deleted meeting only for admins (others get null, like a 404).
 */
export async function getMeetingById(id: string): Promise<MeetingDetail | null> {
  const user = await requireUser();
  const parsed = meetingIdSchema.safeParse(id);
  if (!parsed.success) return null;
  const row = await db.meeting.findFirst({
    where: { id: parsed.data, ...(user.role === "admin" ? {} : { deletedAt: null }) },
    select: detailSelect,
  });
  return row ? toDetail(row) : null;
}
