import "server-only";
import { requireUser, type SessionUser } from "@/lib/auth/current-user";
import { readDb } from "@/lib/db";
import { toMeetingView, type MeetingView } from "@/lib/meetings/detail/meeting-view";
import { loadViewLookups } from "@/lib/meetings/internal/detail/view-lookups";
import { meetingIdSchema } from "@/lib/meetings/schemas";
import { loadSnapshot } from "@/lib/meetings/internal/write/stored-snapshot";
import { asSnapshot, SNAPSHOT_SELECT, type MeetingSnapshot } from "@/lib/meetings/write/snapshot";

export interface MeetingRecordInfo {
  version: number;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  updatedBy: string | null;
  deletedAt: string | null;
  deletedBy: string | null;
}

/** Which revision is shown when it is not the current one. */
export interface ShownRevision {
  version: number;
  createdAt: string;
  actor: string | null;
  isDeletion: boolean;
}

export type MeetingPage =
  | { state: "shown"; view: MeetingView; info: MeetingRecordInfo; revision: ShownRevision | null }
  | { state: "deleted"; title: string; info: MeetingRecordInfo };

/** A shown meeting as read, before the names it refers to are looked up. */
export interface ReadMeeting {
  state: "read";
  user: SessionUser;
  info: MeetingRecordInfo;
  snapshot: MeetingSnapshot;
  revision: ShownRevision | null;
  /** The current record's columns batch ingest's notices read (lib/ingest/queries.ts). */
  draft: { machineDrafted: boolean; draftConfidence: number | null };
}

/**
 * The meeting page's record: the current one, or as it stood at revision `rev`. Rule: any
 * signed-in user; a deleted meeting shows whole only to admins, others learn when and by whom it
 * was deleted (a shared link never ends in a bare 404). Null when there is no such meeting/revision.
 */
export async function getMeetingPage(id: string, rev?: number): Promise<MeetingPage | null> {
  const read = await readMeeting(id, rev);
  if (read === null || read.state === "deleted") return read;
  const lookups = await loadViewLookups(readDb, [read.snapshot.record]);
  return { state: "shown", view: toMeetingView(read.snapshot, lookups), info: read.info, revision: read.revision };
}

/**
 * The meeting and who made and changed it, in one statement (no transaction needed: one statement
 * sees one moment); an older revision is one statement more. The names it refers to are for the
 * caller to look up, alone (getMeetingPage) or with the rest of a page (lib/meetings/detail/permalink.ts).
 */
export async function readMeeting(id: string, rev?: number): Promise<ReadMeeting | Extract<MeetingPage, { state: "deleted" }> | null> {
  const user = await requireUser();
  if (!meetingIdSchema.safeParse(id).success) return null;
  const meeting = await readDb.meeting.findUnique({
    where: { id },
    select: {
      ...SNAPSHOT_SELECT,
      createdAt: true,
      updatedAt: true,
      machineDrafted: true,
      draftConfidence: true,
      createdBy: { select: { name: true } },
      updatedBy: { select: { name: true } },
      deletedBy: { select: { name: true } },
    },
  });
  if (!meeting) return null;
  const info: MeetingRecordInfo = {
    version: meeting.version,
    createdAt: meeting.createdAt.toISOString(),
    createdBy: meeting.createdBy?.name ?? null,
    updatedAt: meeting.updatedAt.toISOString(),
    updatedBy: meeting.updatedBy?.name ?? null,
    deletedAt: meeting.deletedAt?.toISOString() ?? null,
    deletedBy: meeting.deletedBy?.name ?? null,
  };
  if (meeting.deletedAt && user.role !== "admin") return { state: "deleted", title: meeting.title, info };

  const draft = { machineDrafted: meeting.machineDrafted, draftConfidence: meeting.draftConfidence };
  if (rev === undefined || rev === meeting.version) return { state: "read", user, info, snapshot: asSnapshot(meeting), revision: null, draft };
  const row = await readDb.revision.findFirst({
    where: { entityType: "Meeting", entityId: id, version: rev },
    select: { version: true, createdAt: true, after: true, action: true, actor: { select: { name: true } } },
  });
  const snapshot = await loadSnapshot(readDb, row?.after);
  if (!row || !snapshot?.record) return null;
  const revision = { version: row.version, createdAt: row.createdAt.toISOString(), actor: row.actor?.name ?? null, isDeletion: row.action === "DELETE" };
  return { state: "read", user, info, snapshot, revision, draft };
}
