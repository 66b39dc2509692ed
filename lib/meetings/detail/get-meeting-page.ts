import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { readDb } from "@/lib/db";
import { toMeetingView, type MeetingView } from "@/lib/meetings/detail/meeting-view";
import { loadViewLookups } from "@/lib/meetings/internal/detail/view-lookups";
import { meetingIdSchema } from "@/lib/meetings/schemas";
import { loadSnapshot } from "@/lib/meetings/internal/write/stored-snapshot";
import { readMeetingSnapshot, type MeetingSnapshot } from "@/lib/meetings/write/snapshot";

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

/**
 * The meeting page's record: the current one, or as it stood at revision `rev`. Rule: any
 * signed-in user; a deleted meeting shows whole only to admins, others learn when and by whom it
 * was deleted (a shared link never ends in a bare 404). Null when there is no such meeting/revision.
 */
export async function getMeetingPage(id: string, rev?: number): Promise<MeetingPage | null> {
  const user = await requireUser();
  if (!meetingIdSchema.safeParse(id).success) return null;
  return readDb.$transaction(
    async (tx) => {
      const meeting = await tx.meeting.findUnique({
        where: { id },
        select: {
          title: true,
          version: true,
          createdAt: true,
          updatedAt: true,
          deletedAt: true,
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

      let snapshot: MeetingSnapshot | null;
      let revision: ShownRevision | null = null;
      if (rev !== undefined && rev !== meeting.version) {
        const row = await tx.revision.findFirst({
          where: { entityType: "Meeting", entityId: id, version: rev },
          select: { version: true, createdAt: true, after: true, action: true, actor: { select: { name: true } } },
        });
        snapshot = await loadSnapshot(tx, row?.after);
        if (!row || !snapshot?.record) return null;
        revision = { version: row.version, createdAt: row.createdAt.toISOString(), actor: row.actor?.name ?? null, isDeletion: row.action === "DELETE" };
      } else {
        snapshot = await readMeetingSnapshot(tx, id);
      }
      if (!snapshot) return null;
      const lookups = await loadViewLookups(tx, [snapshot.record]);
      return { state: "shown", view: toMeetingView(snapshot, lookups), info, revision };
    },
    { isolationLevel: "RepeatableRead" },
  );
}
