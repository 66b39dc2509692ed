import "server-only";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { meetingIdSchema } from "@/lib/meetings/schemas";
import { deleteMeetingInUnit, restoreRevisionInUnit, undeleteMeetingInUnit } from "@/lib/meetings/internal/write/lifecycle";
import { changeMeetingTagsInUnit, type TagChange } from "@/lib/meetings/internal/write/tags";
import { runMeetingWork, type MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";
import { writeMeetingRecord } from "@/lib/meetings/write/write-meeting";
import { hasRole } from "@/lib/auth/roles";
import { settleStatusInUnit } from "@/lib/review/write/settle-status";
import { z } from "zod";

// The guarded doors to the one write path (lib/meetings/write/). Each checks the caller first,
// then runs its change as one unit of work. Saves that change what a meeting says then put its status
// where the team's review rule says (lib/review, decision 0043): the edit is kept, and with the rule
// on, no save publishes.

const versionSchema = z.int().min(1);
const MAX_BULK = 10_000;

function parseId(id: unknown): string {
  const parsed = meetingIdSchema.safeParse(id);
  if (!parsed.success) throw new AppError("not_found", "This meeting does not exist.");
  return parsed.data;
}

function parseVersion(version: unknown): number {
  const parsed = versionSchema.safeParse(version);
  if (!parsed.success) throw new AppError("validation", "The form is missing the version it was opened at: reload the page.");
  return parsed.data;
}

/** Records a new meeting from a whole record. Rule: analysts and admins. */
export async function createMeeting(record: unknown): Promise<{ id: string; version: number }> {
  const user = await requireRole("analyst");
  return changeOneMeeting(user.id, async (unit) => {
    const id = await writeMeetingRecord(unit, { record, action: "CREATE" });
    await settleStatusInUnit(unit, id, null, "CREATE");
    return id;
  });
}

/** Runs a change of one meeting as a unit of work; the meeting's id and the version it reached. */
async function changeOneMeeting(actorId: string, work: (unit: MeetingUnitOfWork) => Promise<string>): Promise<{ id: string; version: number }> {
  let finished: MeetingUnitOfWork | undefined;
  const id = await runMeetingWork(db, actorId, (unit) => {
    finished = unit;
    return work(unit);
  });
  return { id, version: finished!.versionOf(id) };
}

/**
 * Saves a meeting's whole record if nobody saved since `expectedVersion`; otherwise a
 * MeetingConflictError with the current record. Rule: analysts and admins.
 */
export async function updateMeeting(id: unknown, expectedVersion: unknown, record: unknown): Promise<{ id: string; version: number }> {
  const user = await requireRole("analyst");
  const meetingId = parseId(id);
  const version = parseVersion(expectedVersion);
  return changeOneMeeting(user.id, async (unit) => {
    const before = await unit.lock(meetingId, { expectedVersion: version });
    await writeMeetingRecord(unit, { meetingId, expectedVersion: version, record, action: "UPDATE" });
    await settleStatusInUnit(unit, meetingId, before, "UPDATE");
    return meetingId;
  });
}

/** Soft-deletes a meeting read at `expectedVersion`. Rule: analysts and admins. */
export async function deleteMeeting(id: unknown, expectedVersion: unknown): Promise<{ id: string; version: number }> {
  const user = await requireRole("analyst");
  const meetingId = parseId(id);
  const version = parseVersion(expectedVersion);
  return changeOneMeeting(user.id, async (unit) => {
    await deleteMeetingInUnit(unit, meetingId, version);
    return meetingId;
  });
}

/** Brings a meeting back from the trash. Rule: admins (only they see the trash). */
export async function undeleteMeeting(id: unknown): Promise<{ id: string; version: number }> {
  const user = await requireRole("admin");
  const meetingId = parseId(id);
  return changeOneMeeting(user.id, async (unit) => {
    await undeleteMeetingInUnit(unit, meetingId);
    return meetingId;
  });
}

/**
 * Writes an earlier revision back as a new one. Rule: analysts and admins; a meeting in the trash
 * only admins (as the trash itself).
 */
export async function restoreMeetingRevision(
  id: unknown,
  revisionVersion: unknown,
  expectedVersion: unknown,
): Promise<{ id: string; version: number }> {
  const user = await requireRole("analyst");
  const meetingId = parseId(id);
  const revision = parseVersion(revisionVersion);
  const version = parseVersion(expectedVersion);
  const fromTrash = hasRole(user.role, "admin");
  return changeOneMeeting(user.id, async (unit) => {
    const before = await unit.lock(meetingId, { expectedVersion: version, deleted: "allow" });
    await restoreRevisionInUnit(unit, meetingId, revision, version, { fromTrash });
    await settleStatusInUnit(unit, meetingId, before, "RESTORE");
    return meetingId;
  });
}

const tagChangeSchema = z.object({
  add: z.array(z.string().trim().min(1).max(60, "Tags must be 60 characters or fewer.")).max(50).default([]),
  remove: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
});

/**
 * Adds and removes tags on each meeting (bulk tagging, the meeting page's tag editor), one
 * revision per meeting that changed; each meeting in its own short transaction so a long bulk
 * run never holds many locks. Rule: analysts and admins.
 */
export async function changeMeetingTags(ids: unknown, change: unknown): Promise<{ changed: number }> {
  const user = await requireRole("analyst");
  const meetingIds = z.array(meetingIdSchema).min(1, "Select at least one meeting.").max(MAX_BULK).safeParse(ids);
  if (!meetingIds.success) throw new AppError("validation", meetingIds.error.issues[0]?.message ?? "Select meetings.");
  const parsed = tagChangeSchema.safeParse(change);
  if (!parsed.success) throw new AppError("validation", parsed.error.issues[0]?.message ?? "Check the tags.");
  const tags: TagChange = parsed.data;
  if (tags.add.length === 0 && tags.remove.length === 0) throw new AppError("validation", "Name a tag to add or remove.");
  let changed = 0;
  for (const meetingId of new Set(meetingIds.data)) {
    try {
      const tagged = await runMeetingWork(db, user.id, async (unit) => {
        const before = await unit.lock(meetingId, { expectedVersion: "current" });
        if (!(await changeMeetingTagsInUnit(unit, meetingId, tags))) return false;
        await settleStatusInUnit(unit, meetingId, before, "UPDATE");
        return true;
      });
      if (tagged) changed += 1;
    } catch (error) {
      // A meeting deleted since the selection was made is skipped, not a reason to stop.
      if (!(error instanceof AppError && error.code === "not_found")) throw error;
    }
  }
  return { changed };
}
