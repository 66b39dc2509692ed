import type { RevisionAction } from "@/lib/generated/prisma/client";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { readMeetingSnapshot, type MeetingSnapshot } from "@/lib/meetings/write/snapshot";
import type { MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";
import { unsafeReadReviewRule } from "@/lib/review/settings";
import { onlyTagsDiffer, statusAfterSave, statusChangeNote } from "@/lib/review/status-rule";

/**
 * After a save wrote a meeting (the form, a restore, a tag change) inside `unit`: puts its status
 * where the review rule says (decision 0043). The edit itself always stays; when the status
 * differs from the one asked for, the revision says why in its note.
 * `before` is the record the save started from (null for a new meeting).
 */
export async function settleStatusInUnit(unit: MeetingUnitOfWork, meetingId: string, before: MeetingSnapshot | null, action: RevisionAction): Promise<MeetingStatus> {
  const rule = await unsafeReadReviewRule(unit.tx);
  const after = (await readMeetingSnapshot(unit.tx, meetingId))!;
  const requested = after.record.status;
  const settled = statusAfterSave({
    before: before?.record.status ?? null,
    requested,
    rule,
    tagsOnly: before !== null && onlyTagsDiffer(before.record, after.record),
  });
  if (settled !== requested) {
    await unit.tx.meeting.update({ where: { id: meetingId }, data: { status: settled }, select: { id: true } });
    unit.changed(meetingId, action, statusChangeNote(requested, settled));
  }
  return settled;
}
