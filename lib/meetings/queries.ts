import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  formatDay,
  formatMeetingDate,
  splitIntoSegments,
  toIsoDay,
  type MeetingDetail,
  type MeetingList,
} from "@/lib/meetings/dto";
import {
  listMeetingsInputSchema,
  meetingIdSchema,
  toFieldErrors,
  type ListMeetingsInput,
  type ListMeetingsQuery,
} from "@/lib/meetings/schemas";
import { searchMeetings } from "@/lib/meetings/search/search-meetings";

/** The typed list input as the table's URL parameters (the one filter parses both). */
function toRawParams(query: ListMeetingsQuery): Record<string, string | undefined> {
  return {
    q: query.q,
    kind: query.kinds.join(",") || undefined,
    status: query.status,
    country: query.country,
    from: query.from,
    to: query.to,
    sort: query.sort,
    dir: query.dir,
    page: String(query.page),
    size: String(query.pageSize),
  };
}

/**
 * Meetings matching a search and filters, one page of them, newest first by default: the typed
 * entry point for callers other than the table's URL (which calls searchMeetings directly).
 * Rule: any signed-in user; soft-deleted meetings only for admins who ask for them.
 */
export async function listMeetings(input: ListMeetingsInput = {}): Promise<MeetingList> {
  await requireUser();
  const parsed = listMeetingsInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("validation", "These search settings are not valid.", { fieldErrors: toFieldErrors(parsed.error) });
  }
  const result = await searchMeetings(toRawParams(parsed.data), { includeDeleted: parsed.data.includeDeleted });
  return {
    rows: result.rows,
    total: result.total,
    capped: result.totalEstimated,
    page: result.page,
    pageSize: result.pageSize,
    pageCount: result.pageCount,
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
