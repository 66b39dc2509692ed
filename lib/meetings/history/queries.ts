import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RevisionAction } from "@/lib/generated/prisma/enums";
import { diffRecords, summarizeRevision, type DiffEntry } from "@/lib/meetings/history/diff";
import { meetingIdSchema } from "@/lib/meetings/schemas";
import type { MeetingSnapshot, SnapshotRecord } from "@/lib/meetings/write/snapshot";

export interface RevisionListItem {
  version: number;
  action: RevisionAction;
  actor: string | null;
  createdAt: string;
  summary: string;
}

/** A meeting's history is long only if someone edits it for years; the page shows this many. */
const MAX_REVISIONS = 500;

type Snap = MeetingSnapshot | null;

/** A snapshot column with every source's text replaced by its md5 (same when the text is). */
function withSourceTextHashes(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${column} -> 'record' -> 'sources' IS NULL THEN ${column} ELSE jsonb_set(${column}, '{record,sources}',
    (SELECT COALESCE(jsonb_agg(jsonb_set(s.value, '{text}', to_jsonb(COALESCE(md5(s.value ->> 'text'), ''))) ORDER BY s.ordinality), '[]'::jsonb)
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
  // Source texts can be a megabyte each and a revision holds two copies: the summaries need only
  // know whether a text changed, so PostgreSQL swaps each for its md5 before anything is sent.
  const rows = await db.$queryRaw<{ version: number; action: RevisionAction; actor: string | null; createdAt: Date; before: Snap; after: Snap }[]>`
    SELECT r."version", r."action", u."name" AS "actor", r."createdAt",
           ${withSourceTextHashes(Prisma.sql`r."before"`)} AS "before",
           ${withSourceTextHashes(Prisma.sql`r."after"`)} AS "after"
      FROM "Revision" r LEFT JOIN "user" u ON u."id" = r."actorId"
     WHERE r."entityType" = 'Meeting' AND r."entityId" = ${meetingId}
     ORDER BY r."createdAt" DESC, r."id" DESC
     LIMIT ${MAX_REVISIONS}`;
  return rows.map((row) => {
    const before = (row.before as Snap)?.record ?? null;
    const after = (row.after as Snap)?.record ?? null;
    return {
      version: row.version,
      action: row.action,
      actor: row.actor,
      createdAt: row.createdAt.toISOString(),
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
  const record = (version: number): SnapshotRecord => {
    const row = rows.find((r) => r.version === version);
    const snapshot = row?.after as Snap;
    if (!snapshot?.record) throw new AppError("not_found", `Revision ${version} does not exist.`);
    return snapshot.record;
  };
  const before = record(from);
  const after = record(to);
  const topicIds = [...new Set([...before.topicIds, ...after.topicIds])];
  const topics = await db.topic.findMany({ where: { id: { in: topicIds } }, select: { id: true, name: true } });
  return { from, to, entries: diffRecords(before, after, { topicNames: new Map(topics.map((t) => [t.id, t.name])) }) };
}
