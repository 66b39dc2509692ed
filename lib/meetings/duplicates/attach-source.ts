import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { meetingIdSchema } from "@/lib/meetings/schemas";
import { updateMeeting } from "@/lib/meetings/mutations";
import { readMeetingSnapshot } from "@/lib/meetings/write/snapshot";
import { requireRole } from "@/lib/auth/current-user";

/**
 * Adds a source to an existing meeting instead of recording a duplicate: the meeting's current
 * record plus the source, saved through updateMeeting at the version just read (a save in
 * between is a conflict, never overwritten). Rule: analysts and admins.
 */
export async function attachSourceToMeeting(meetingId: unknown, source: unknown): Promise<{ id: string; version: number }> {
  await requireRole("analyst");
  const id = meetingIdSchema.safeParse(meetingId);
  if (!id.success) throw new AppError("not_found", "This meeting does not exist.");
  const snapshot = await readMeetingSnapshot(db, id.data);
  if (!snapshot || snapshot.deletedAt) throw new AppError("not_found", "This meeting does not exist.");
  const record = { ...snapshot.record, sources: [...snapshot.record.sources, source] };
  try {
    return await updateMeeting(id.data, snapshot.version, record);
  } catch (error) {
    // The new source is the last one: point its errors at the source the analyst typed.
    if (error instanceof AppError && error.code === "validation" && error.fieldErrors) {
      const last = `sources.${snapshot.record.sources.length}.`;
      const fieldErrors = Object.fromEntries(
        Object.entries(error.fieldErrors).map(([path, messages]) => [path.startsWith(last) ? `sources.0.${path.slice(last.length)}` : path, messages]),
      );
      throw new AppError("validation", error.message, { fieldErrors });
    }
    throw error;
  }
}
