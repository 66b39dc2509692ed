import type { DatePrecision, MeetingKind, MeetingStatus, Prisma, Side } from "@/lib/generated/prisma/client";
import type { EvidenceTarget, EVIDENCE_FIELDS, MeetingRecord } from "@/lib/meetings/write/record-schema";

type Tx = Prisma.TransactionClient;

/**
 * A meeting as a revision stores it: the whole record in the shape the write path takes (so a
 * restore writes it back as it was), plus what identifies that moment. Names of people and
 * organisations are the canonical ones at the time, kept so an old revision reads correctly even
 * after a rename or merge.
 */
export interface MeetingSnapshot {
  id: string;
  version: number;
  deletedAt: string | null;
  record: SnapshotRecord;
}

/** The record as stored: every participant and source carries its id. */
export type SnapshotRecord = Omit<MeetingRecord, "participants" | "sources" | "status" | "kind" | "datePrecision"> & {
  kind: MeetingKind;
  status: MeetingStatus;
  datePrecision: DatePrecision;
  participants: (MeetingRecord["participants"][number] & { personId: string; side?: Side })[];
  sources: (MeetingRecord["sources"][number] & { id: string })[];
};

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : undefined);

/** What a snapshot reads; the meeting page reads it with more in the same statement. */
export const SNAPSHOT_SELECT = {
  id: true,
  title: true,
  kind: true,
  status: true,
  date: true,
  datePrecision: true,
  place: true,
  locationCountryCode: true,
  summary: true,
  outcome: true,
  version: true,
  deletedAt: true,
  countries: { select: { countryCode: true, side: true }, orderBy: { countryCode: "asc" } },
  participations: {
    select: {
      id: true,
      personId: true,
      person: { select: { name: true } },
      organizationId: true,
      organization: { select: { name: true } },
      countryCode: true,
      title: true,
      side: true,
      isDelegationLead: true,
    },
    orderBy: { position: "asc" },
  },
  topics: { select: { topicId: true }, orderBy: { topicId: "asc" } },
  tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { slug: "asc" } } },
  sources: {
    select: { id: true, outlet: true, url: true, title: true, publishedOn: true, language: true, text: true },
    orderBy: { id: "asc" },
  },
  evidence: {
    select: {
      sourceId: true,
      startOffset: true,
      endOffset: true,
      quote: true,
      field: true,
      participationId: true,
      personId: true,
      organizationId: true,
      countryCode: true,
      topicId: true,
    },
    orderBy: [{ sourceId: "asc" }, { startOffset: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.MeetingSelect;

/** Reads a meeting as its snapshot; null when no such meeting exists (deleted ones included). */
export async function readMeetingSnapshot(tx: Tx, id: string): Promise<MeetingSnapshot | null> {
  return (await readMeetingSnapshots(tx, [id])).get(id) ?? null;
}

/**
 * Reads many meetings as snapshots, one query per table for all of them (a merge's batch of a
 * hundred meetings, not a hundred times eight). Missing ids are absent from the map.
 */
export async function readMeetingSnapshots(tx: Tx, ids: string[]): Promise<Map<string, MeetingSnapshot>> {
  if (ids.length === 0) return new Map();
  const meetings = await tx.meeting.findMany({ where: { id: { in: ids } }, select: SNAPSHOT_SELECT });
  return new Map(meetings.map((meeting) => [meeting.id, asSnapshot(meeting)]));
}

export type SnapshotRow = Prisma.MeetingGetPayload<{ select: typeof SNAPSHOT_SELECT }>;

/** A meeting read with SNAPSHOT_SELECT as its snapshot. */
export function asSnapshot(meeting: SnapshotRow): MeetingSnapshot {
  const participantIndex = new Map(meeting.participations.map((p, i) => [p.id, i]));
  const sourceIndex = new Map(meeting.sources.map((s, i) => [s.id, i]));
  const evidence: MeetingRecord["evidence"] = [];
  for (const span of meeting.evidence) {
    const target = evidenceTarget(span, participantIndex);
    const index = sourceIndex.get(span.sourceId);
    if (target && index !== undefined) {
      evidence.push({ sourceIndex: index, start: span.startOffset, end: span.endOffset, quote: span.quote, target });
    }
  }

  return {
    id: meeting.id,
    version: meeting.version,
    deletedAt: meeting.deletedAt?.toISOString() ?? null,
    record: {
      title: meeting.title,
      kind: meeting.kind,
      status: meeting.status,
      date: day(meeting.date) ?? "",
      datePrecision: meeting.datePrecision,
      place: meeting.place ?? "",
      locationCountryCode: meeting.locationCountryCode ?? undefined,
      summary: meeting.summary,
      outcome: meeting.outcome,
      countries: meeting.countries.map((c) => ({ countryCode: c.countryCode, side: c.side ?? undefined })),
      participants: meeting.participations.map((p) => ({
        personId: p.personId,
        name: p.person.name,
        allowNamesake: false,
        title: p.title,
        organizationId: p.organizationId ?? undefined,
        organization: p.organization?.name ?? "",
        countryCode: p.countryCode ?? undefined,
        side: p.side ?? undefined,
        isDelegationLead: p.isDelegationLead,
      })),
      topicIds: meeting.topics.map((t) => t.topicId),
      tags: meeting.tags.map((t) => t.tag.name),
      sources: meeting.sources.map((s) => ({
        id: s.id,
        outlet: s.outlet,
        url: s.url ?? undefined,
        title: s.title,
        publishedOn: day(s.publishedOn),
        language: s.language,
        text: s.text,
      })),
      evidence,
    },
  };
}

interface StoredSpan {
  field: string | null;
  participationId: string | null;
  personId: string | null;
  organizationId: string | null;
  countryCode: string | null;
  topicId: string | null;
}

/** The stored columns of an evidence row back to the target it was written from. */
function evidenceTarget(span: StoredSpan, participantIndex: Map<string, number>): EvidenceTarget | null {
  if (span.participationId) {
    const index = participantIndex.get(span.participationId);
    if (index === undefined) return null;
    if (span.organizationId) return { type: "participant", index, aspect: "organization" };
    if (span.field === "title") return { type: "participant", index, aspect: "title" };
    if (span.field === "alias") return { type: "participant", index, aspect: "alias" };
    return { type: "participant", index, aspect: "person" };
  }
  if (span.organizationId) return { type: "organization", organizationId: span.organizationId, aspect: span.field === "alias" ? "alias" : "name" };
  if (span.countryCode) return { type: "country", countryCode: span.countryCode };
  if (span.topicId) return { type: "topic", topicId: span.topicId };
  if (span.field) return { type: "field", field: span.field as (typeof EVIDENCE_FIELDS)[number] };
  return null;
}
