import "server-only";
import { z } from "zod";
import { requireRole, requireUser, type SessionUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { Prisma, type IngestItemOutcome, type IngestProposalState } from "@/lib/generated/prisma/client";
import { unsafeFindPossibleDuplicates } from "@/lib/meetings/duplicates/find-duplicates";
import { asProgress, PROGRESS_SELECT, type IngestBatchProgress } from "@/lib/ingest/batches";
import { LOW_CONFIDENCE } from "@/lib/ingest/draft-record";

/** The latest batches, newest first. Rule: analysts and admins. */
export async function listIngestBatches(): Promise<IngestBatchProgress[]> {
  await requireRole("analyst");
  const rows = await db.ingestBatch.findMany({ orderBy: { createdAt: "desc" }, take: 20, select: PROGRESS_SELECT });
  return rows.map(asProgress);
}

export interface IngestItemView {
  id: string;
  /** 1-based, as the revision notes say it. */
  number: number;
  label: string;
  outlet: string;
  outcome: IngestItemOutcome;
  meetingId: string | null;
  meetingTitle: string | null;
  confidence: number | null;
  unlinked: string[];
  reason: string | null;
  proposal: IngestProposalState | null;
}

/** A batch with what each item became. Rule: analysts and admins. Null for an unknown batch. */
export async function getIngestBatch(batchId: unknown): Promise<{ batch: IngestBatchProgress; items: IngestItemView[] } | null> {
  await requireRole("analyst");
  const id = z.uuid().safeParse(batchId);
  if (!id.success) return null;
  const batch = await db.ingestBatch.findUnique({ where: { id: id.data }, select: PROGRESS_SELECT });
  if (!batch) return null;
  const items = await db.$queryRaw<(Omit<IngestItemView, "number"> & { position: number })[]>`
    SELECT i."id"::text AS "id", i."position", i."label", i."outlet", i."outcome"::text AS "outcome", i."meetingId"::text AS "meetingId",
      m."title" AS "meetingTitle", i."confidence", i."unlinked", i."reason", i."proposal"::text AS "proposal"
    FROM "IngestItem" i LEFT JOIN "Meeting" m ON m."id" = i."meetingId"
    WHERE i."batchId" = ${id.data}::uuid ORDER BY i."position"`;
  return { batch: asProgress(batch), items: items.map(({ position, ...item }) => ({ ...item, number: position + 1 })) };
}

/** What the meeting page shows about batch ingest: the machine-draft banner and sources proposed to it. */
export interface MeetingIngestNotices {
  draft: {
    version: number;
    confidence: number | null;
    lowConfidence: boolean;
    undated: boolean;
    unlinked: string[];
    batches: { id: string; name: string }[];
    /** Meetings it may be another account of: where "attach as a source" points. */
    candidates: { id: string; title: string; date: string }[];
  } | null;
  proposals: { itemId: string; outlet: string; url: string | null; batchName: string; number: number; excerpt: string }[];
  canReview: boolean;
}

/** The meeting page's ingest notices. Rule: signed-in users read; the page offers actions to analysts and admins. */
export async function getMeetingIngestNotices(meetingId: string): Promise<MeetingIngestNotices> {
  const user = await requireUser();
  const [meeting] = await db.$queryRaw<(IngestNoticeMeeting & { deleted: boolean; parts: IngestNoticeParts })[]>`
    SELECT m."version", m."machineDrafted", m."draftConfidence", to_char(m."date", 'YYYY-MM-DD') AS "date", m."deletedAt" IS NOT NULL AS "deleted",
           ARRAY(SELECT "countryCode"::text FROM "MeetingCountry" WHERE "meetingId" = m."id") AS "countryCodes",
           ARRAY(SELECT "personId"::text FROM "Participation" WHERE "meetingId" = m."id") AS "personIds",
           ${ingestNoticePartsSql(meetingId)} AS "parts"
      FROM "Meeting" m WHERE m."id" = ${meetingId}::uuid`;
  if (!meeting || meeting.deleted) return { draft: null, proposals: [], canReview: hasRole(user.role, "analyst") };
  return toMeetingIngestNotices(user, meetingId, meeting, meeting.parts);
}

/** The meeting's columns the notices need (a live meeting's). */
export interface IngestNoticeMeeting {
  version: number;
  machineDrafted: boolean;
  draftConfidence: number | null;
  /** YYYY-MM-DD, or null when undated. */
  date: string | null;
  countryCodes: string[];
  personIds: string[];
}

/** What ingestNoticePartsSql's column holds. */
export interface IngestNoticeParts {
  proposals: MeetingIngestNotices["proposals"];
  items: { unlinked: string[]; batchId: string; batchName: string }[];
}

/**
 * The sources proposed to a meeting and the batch items that drafted it, as one JSON column, for a
 * SELECT of its own or the meeting page's one read (issue 19).
 */
export function ingestNoticePartsSql(meetingId: string): Prisma.Sql {
  return Prisma.sql`json_build_object(
    'proposals', (SELECT COALESCE(json_agg(p), '[]'::json) FROM (
        SELECT i."id"::text AS "itemId", i."outlet", i."url", b."name" AS "batchName", i."position" + 1 AS "number", left(i."text", 300) AS "excerpt"
          FROM "IngestItem" i JOIN "IngestBatch" b ON b."id" = i."batchId"
         WHERE i."meetingId" = ${meetingId}::uuid AND i."proposal" = 'OPEN' ORDER BY i."id" LIMIT 20) p),
    'items', (SELECT COALESCE(json_agg(json_build_object('unlinked', i."unlinked", 'batchId', b."id"::text, 'batchName', b."name") ORDER BY i."id"), '[]'::json)
                FROM "IngestItem" i JOIN "IngestBatch" b ON b."id" = i."batchId"
               WHERE i."meetingId" = ${meetingId}::uuid AND i."outcome" IN ('DRAFTED', 'ADDED_TO_DRAFT')))`;
}

/**
 * The notices of a live meeting from its columns and ingestNoticePartsSql's column. A machine draft
 * with a date also looks for meetings it may be another account of: one statement more, for drafts only.
 */
export async function toMeetingIngestNotices(user: SessionUser, meetingId: string, meeting: IngestNoticeMeeting, parts: IngestNoticeParts): Promise<MeetingIngestNotices> {
  const canReview = hasRole(user.role, "analyst");
  const { proposals, items } = parts;
  if (!meeting.machineDrafted) return { draft: null, proposals, canReview };
  const candidates = meeting.date
    ? await unsafeFindPossibleDuplicates(db, { date: meeting.date, countryCodes: meeting.countryCodes, personIds: meeting.personIds, excludeId: meetingId })
    : [];
  return {
    draft: {
      version: meeting.version,
      confidence: meeting.draftConfidence,
      lowConfidence: meeting.draftConfidence !== null && meeting.draftConfidence < LOW_CONFIDENCE,
      undated: meeting.date === null,
      unlinked: [...new Set(items.flatMap((i) => i.unlinked))],
      batches: [...new Map(items.map((i) => [i.batchId, { id: i.batchId, name: i.batchName }])).values()],
      candidates: candidates.map((c) => ({ id: c.id, title: c.title, date: c.date })),
    },
    proposals,
    canReview,
  };
}
