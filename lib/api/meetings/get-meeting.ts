import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { meetingIdSchema } from "@/lib/meetings/schemas";
import { readMeetingSnapshot, type MeetingSnapshot } from "@/lib/meetings/write/snapshot";

/**
 * A meeting as the API gives it: its id, version and whole record, in the shape a create or an
 * update takes (so a client reads, edits and sends it back with the version). Rule: any signed-in
 * caller; a meeting in the trash only admins (as the trash), others get 404.
 */
export async function getMeetingRecord(id: string): Promise<MeetingSnapshot> {
  const user = await requireUser();
  const notFound = new AppError("not_found", "This meeting does not exist.");
  if (!meetingIdSchema.safeParse(id).success) throw notFound;
  const snapshot = await readMeetingSnapshot(db, id);
  if (!snapshot || (snapshot.deletedAt && user.role !== "admin")) throw notFound;
  return snapshot;
}
