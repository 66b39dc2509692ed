import "server-only";
import { requireUser, type SessionUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import type { MeetingReview } from "@/lib/review/dto";
import { meetingIdSchema } from "@/lib/meetings/schemas";
import { lastEditorSql } from "@/lib/review/last-editor";
import { approvalRefusal, DEFAULT_REVIEW_RULE, returnRefusal, submitRefusal } from "@/lib/review/status-rule";

/** What the review controls read besides the meeting's own columns (reviewPartsSql's column). */
export interface ReviewParts {
  requireSecondPerson: boolean | null;
  smallEditsWithoutReview: boolean | null;
  /** lastEditorOf's answer (lib/review/last-editor.ts), read in the same statement. */
  lastEditorId: string | null;
  lastReturnNote: string | null;
  assignee: string | null;
}

/** The meeting's columns the review controls need. */
export interface ReviewedMeeting {
  id: string;
  version: number;
  status: MeetingStatus;
  machineDrafted: boolean;
}

/**
 * The review state of a live meeting for its page, or null when the caller takes no review steps
 * (viewers) or the meeting is gone. Rule: any signed-in user; steps offered to analysts and admins.
 */
export async function getMeetingReview(meetingId: string): Promise<MeetingReview | null> {
  const user = await requireUser();
  if (!hasRole(user.role, "analyst") || !meetingIdSchema.safeParse(meetingId).success) return null;
  const [found] = await db.$queryRaw<(ReviewedMeeting & { parts: ReviewParts })[]>`
    SELECT m."id"::text AS "id", m."version", m."status"::text AS "status", m."machineDrafted", ${reviewPartsSql(meetingId)} AS "parts"
      FROM "Meeting" m WHERE m."id" = ${meetingId}::uuid AND m."deletedAt" IS NULL`;
  return found ? toMeetingReview(user, found, found.parts) : null;
}

/**
 * The team's rule, the last editor, the newest return's reason and the assignee as one JSON
 * column, for a SELECT of its own or the meeting page's one read (issue 19).
 */
export function reviewPartsSql(meetingId: string): Prisma.Sql {
  return Prisma.sql`json_build_object(
    'requireSecondPerson', (SELECT "requireSecondPerson" FROM "ReviewSettings" WHERE "id" = 1),
    'smallEditsWithoutReview', (SELECT "smallEditsWithoutReview" FROM "ReviewSettings" WHERE "id" = 1),
    'lastEditorId', ${lastEditorSql(meetingId)},
    'lastReturnNote', (SELECT "note" FROM "Revision"
                        WHERE "entityType" = 'Meeting' AND "entityId" = ${meetingId} AND "action" = 'RETURN'
                        ORDER BY "createdAt" DESC, "id" DESC LIMIT 1),
    'assignee', (SELECT u."name" FROM "ReviewAssignment" a JOIN "user" u ON u."id" = a."assigneeId" WHERE a."meetingId" = ${meetingId}::uuid))`;
}

/** The review controls' state for `user`, from the meeting and reviewPartsSql's column. */
export function toMeetingReview(user: SessionUser, meeting: ReviewedMeeting, parts: ReviewParts): MeetingReview | null {
  if (!hasRole(user.role, "analyst")) return null;
  const rule = {
    requireSecondPerson: parts.requireSecondPerson ?? DEFAULT_REVIEW_RULE.requireSecondPerson,
    smallEditsWithoutReview: parts.smallEditsWithoutReview ?? DEFAULT_REVIEW_RULE.smallEditsWithoutReview,
  };
  const approval = approvalRefusal({ status: meeting.status, machineDrafted: meeting.machineDrafted, actorId: user.id, lastEditorId: parts.lastEditorId, rule });
  const waits = meeting.status === "IN_REVIEW" || (meeting.machineDrafted && meeting.status !== "PUBLISHED");
  return {
    id: meeting.id,
    version: meeting.version,
    status: meeting.status,
    machineDrafted: meeting.machineDrafted,
    requireSecondPerson: rule.requireSecondPerson,
    assignee: parts.assignee,
    returnReason: meeting.status === "RETURNED" ? parts.lastReturnNote : null,
    canSubmit: submitRefusal(meeting.status) === null,
    canReturn: returnRefusal(meeting.status, meeting.machineDrafted) === null,
    canApprove: approval === null,
    approveBlockedBecause: approval && waits ? approval.message : null,
  };
}
