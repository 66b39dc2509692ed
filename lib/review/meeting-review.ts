import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { MeetingReview } from "@/lib/review/dto";
import { meetingIdSchema } from "@/lib/meetings/schemas";
import { lastEditorOf } from "@/lib/review/last-editor";
import { unsafeReadReviewRule } from "@/lib/review/settings";
import { approvalRefusal, returnRefusal, submitRefusal } from "@/lib/review/status-rule";


/**
 * The review state of a live meeting for its page, or null when the caller takes no review steps
 * (viewers) or the meeting is gone. Rule: any signed-in user; steps offered to analysts and admins.
 */
export async function getMeetingReview(meetingId: string): Promise<MeetingReview | null> {
  const user = await requireUser();
  if (!hasRole(user.role, "analyst") || !meetingIdSchema.safeParse(meetingId).success) return null;
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, deletedAt: null },
    select: { id: true, version: true, status: true, machineDrafted: true, reviewAssignment: { select: { assignee: { select: { name: true } } } } },
  });
  if (!meeting) return null;
  const [rule, lastEditorId, lastReturn] = await Promise.all([
    unsafeReadReviewRule(),
    lastEditorOf(db, meetingId),
    meeting.status === "RETURNED"
      ? db.revision.findFirst({ where: { entityType: "Meeting", entityId: meetingId, action: "RETURN" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { note: true } })
      : null,
  ]);
  const approval = approvalRefusal({ status: meeting.status, machineDrafted: meeting.machineDrafted, actorId: user.id, lastEditorId, rule });
  const waits = meeting.status === "IN_REVIEW" || (meeting.machineDrafted && meeting.status !== "PUBLISHED");
  return {
    id: meeting.id,
    version: meeting.version,
    status: meeting.status,
    machineDrafted: meeting.machineDrafted,
    requireSecondPerson: rule.requireSecondPerson,
    assignee: meeting.reviewAssignment?.assignee.name ?? null,
    returnReason: lastReturn?.note ?? null,
    canSubmit: submitRefusal(meeting.status) === null,
    canReturn: returnRefusal(meeting.status, meeting.machineDrafted) === null,
    canApprove: approval === null,
    approveBlockedBecause: approval && waits ? approval.message : null,
  };
}
