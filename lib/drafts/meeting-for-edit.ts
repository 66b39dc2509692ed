import "server-only";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { meetingIdSchema } from "@/lib/meetings/schemas";
import { recordToFormValues, type MeetingFormValues } from "@/lib/meetings/form-data";
import { readMeetingSnapshot } from "@/lib/meetings/write/snapshot";

/**
 * A live meeting as the edit form's values, with the version the form opens at; linked people
 * show their canonical name in the picker. Null when there is no such live meeting.
 * Rule: analysts and admins.
 */
export async function getMeetingForEdit(id: unknown): Promise<{ version: number; values: MeetingFormValues } | null> {
  await requireRole("analyst");
  const parsed = meetingIdSchema.safeParse(id);
  if (!parsed.success) return null;
  const snapshot = await readMeetingSnapshot(db, parsed.data);
  if (!snapshot || snapshot.deletedAt) return null;
  const values = recordToFormValues(snapshot.record);
  const people = await db.person.findMany({
    where: { id: { in: values.participants.map((p) => p.personId) } },
    select: { id: true, name: true, country: { select: { name: true } } },
  });
  const labels = new Map(people.map((p) => [p.id, `${p.name}${p.country ? ` — ${p.country.name}` : ""}`]));
  return {
    version: snapshot.version,
    values: { ...values, participants: values.participants.map((p) => ({ ...p, personLabel: labels.get(p.personId) ?? p.name })) },
  };
}
