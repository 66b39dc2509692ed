import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RevisionAction } from "@/lib/generated/prisma/enums";
import { diffRecords, summarizeRevision, type DiffEntry } from "@/lib/meetings/history/diff";
import { meetingIdSchema } from "@/lib/meetings/schemas";
import type { MeetingSnapshot, SnapshotRecord } from "@/lib/meetings/write/snapshot";
import { loadSnapshots, type StoredSnapshot } from "@/lib/meetings/internal/write/stored-snapshot";

export interface RevisionListItem {
  version: number;
  action: RevisionAction;
  actor: string | null;
  createdAt: string;
  summary: string;
  /** Why the step was taken: a return's reason (review, decision 0043), an import's file and row. */
  note: string | null;
}

/** A meeting's history is long only if someone edits it for years; the page shows this many. */
const MAX_REVISIONS = 500;

type Snap = MeetingSnapshot | null;

/**
 * A snapshot column with every source's text as the sha256 of its content, as revisions now store
 * it (stored-snapshot.ts); older revisions kept the text itself, hashed here the same way, so a
 * summary compares them alike and no megabyte of text is sent.
 */
function withSourceTextHashes(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${column} -> 'record' -> 'sources' IS NULL THEN ${column} ELSE jsonb_set(${column}, '{record,sources}',
    (SELECT COALESCE(jsonb_agg(jsonb_set(s.value - 'textHash', '{text}', to_jsonb(COALESCE(s.value ->> 'textHash', encode(sha256(convert_to(s.value ->> 'text', 'UTF8')), 'hex'), '')))
       ORDER BY s.ordinality), '[]'::jsonb)
       FROM jsonb_array_elements(${column} -> 'record' -> 'sources') WITH ORDINALITY s)) END`;
}

async function canSee(meetingId: string, role: string): Promise<boolean> {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { deletedAt: true } });
  return Boolean(meeting && (meeting.deletedAt === null || role === "admin"));
}

/**
 * Every revision of a meeting, newest first, with who, when and a one-line summary of what it
 * changed. Rule: any signed-in user for a live meeting; a deleted one's history only for admins.
 */
export async function listMeetingRevisions(meetingId: string): Promise<RevisionListItem[]> {
  const user = await requireUser();
  if (!meetingIdSchema.safeParse(meetingId).success || !(await canSee(meetingId, user.role))) {
    throw new AppError("not_found", "This meeting does not exist.");
  }
  const [found] = await db.$queryRaw<{ revisions: RevisionRow[] }[]>`SELECT ${revisionRowsSql(meetingId)} AS "revisions"`;
  return toRevisionList(found!.revisions);
}

export interface RevisionRow {
  version: number;
  action: RevisionAction;
  actor: string | null;
  createdAt: string;
  note: string | null;
  before: Snap;
  after: Snap;
}

/**
 * A meeting's revisions as one JSON column, for a SELECT of its own or the meeting page's one read
 * (issue 19). Its caller has checked that the caller may see the meeting.
 */
export function revisionRowsSql(meetingId: string): Prisma.Sql {
  // The summaries need only know whether a source's text changed: PostgreSQL sends its hash. A
  // revision's "before" is the previous one's record (older revisions also stored it).
  return Prisma.sql`(SELECT COALESCE(json_agg(json_build_object(
             'version', r."version", 'action', r."action", 'actor', u."name", 'note', r."note",
             'createdAt', to_char(r."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
             'before', ${withSourceTextHashes(Prisma.sql`r."before"`)},
             'after', ${withSourceTextHashes(Prisma.sql`r."after"`)})
           ORDER BY r."createdAt" DESC, r."id" DESC), '[]'::json)
      FROM (
        SELECT * FROM (
          SELECT r."id", r."version", r."action", r."actorId", r."createdAt", r."note", r."after",
                 COALESCE(r."before", lag(r."after") OVER (ORDER BY r."createdAt", r."id")) AS "before"
            FROM "Revision" r WHERE r."entityType" = 'Meeting' AND r."entityId" = ${meetingId}
        ) w ORDER BY w."createdAt" DESC, w."id" DESC LIMIT ${MAX_REVISIONS}
      ) r LEFT JOIN "user" u ON u."id" = r."actorId")`;
}

/** The rows of revisionRowsSql as the history list shows them. */
export function toRevisionList(rows: RevisionRow[]): RevisionListItem[] {
  return rows.map((row) => {
    const before = row.before?.record ?? null;
    const after = row.after?.record ?? null;
    return {
      version: row.version,
      action: row.action,
      actor: row.actor,
      createdAt: row.createdAt,
      note: row.note,
      summary: summarizeRevision(row.action, row.action === "CREATE" ? [] : diffRecords(before, after)),
    };
  });
}

export interface RevisionComparison {
  from: number;
  to: number;
  entries: DiffEntry[];
}

/**
 * What changed between two revisions of a meeting (either order: the older is "before").
 * Rule: as listMeetingRevisions. Not found when either revision does not exist.
 */
export async function compareMeetingRevisions(meetingId: string, a: number, b: number): Promise<RevisionComparison> {
  const user = await requireUser();
  if (!meetingIdSchema.safeParse(meetingId).success || !(await canSee(meetingId, user.role))) {
    throw new AppError("not_found", "This meeting does not exist.");
  }
  const [from, to] = a <= b ? [a, b] : [b, a];
  const rows = await db.revision.findMany({
    where: { entityType: "Meeting", entityId: meetingId, version: { in: [from, to] } },
    select: { version: true, after: true },
  });
  const snapshots = await loadSnapshots(db, [from, to].map((version) => rows.find((r) => r.version === version)?.after as StoredSnapshot | undefined));
  const record = (version: number): SnapshotRecord => {
    const snapshot = snapshots[version === from ? 0 : 1];
    if (!snapshot?.record) throw new AppError("not_found", `Revision ${version} does not exist.`);
    return snapshot.record;
  };
  const before = record(from);
  const after = record(to);
  const topicIds = [...new Set([...before.topicIds, ...after.topicIds])];
  const topics = await db.topic.findMany({ where: { id: { in: topicIds } }, select: { id: true, name: true } });
  return { from, to, entries: diffRecords(before, after, { topicNames: new Map(topics.map((t) => [t.id, t.name])) }) };
}
