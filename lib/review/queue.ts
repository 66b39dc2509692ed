import "server-only";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewQueuePage } from "@/lib/review/dto";
import { REVIEW_PAGE_SIZE, type ReviewQueueParams, type ReviewTab } from "@/lib/review/schemas";

/** Below this, a machine draft's extraction is flagged as unsure. */
export const LOW_CONFIDENCE = 0.6;


// Each waiting meeting is in exactly one list: machine drafts until accepted or returned.
const TAB_WHERE: Record<ReviewTab, Prisma.MeetingWhereInput> = {
  "in-review": { status: "IN_REVIEW", machineDrafted: false },
  returned: { status: "RETURNED" },
  machine: { machineDrafted: true, status: { in: ["DRAFT", "IN_REVIEW"] } },
};

function whereOf(tab: ReviewTab, params: Partial<Pick<ReviewQueueParams, "mine" | "q">>, userId: string): Prisma.MeetingWhereInput {
  const mine: Prisma.MeetingWhereInput | undefined = !params.mine
    ? undefined
    : tab === "returned"
      ? { createdById: userId }
      : { reviewAssignment: { is: { assigneeId: userId } } };
  return {
    deletedAt: null,
    ...TAB_WHERE[tab],
    ...(mine ?? {}),
    ...(params.q ? { title: { contains: params.q, mode: "insensitive" as const } } : {}),
  };
}

/**
 * One page of the review queue: in review (with who took each), returned (with the reason, to
 * their authors), or machine drafts (with what to check). "Mine" means taken by me, or, for
 * returned meetings, recorded by me. Rule: analysts and admins (viewers never review).
 */
export async function listReviewQueue(params: ReviewQueueParams): Promise<ReviewQueuePage> {
  const user = await requireRole("analyst");
  const where = whereOf(params.tab, params, user.id);
  const [total, inReview, returned, machine] = await Promise.all([
    db.meeting.count({ where }),
    db.meeting.count({ where: whereOf("in-review", {}, user.id) }),
    db.meeting.count({ where: whereOf("returned", {}, user.id) }),
    db.meeting.count({ where: whereOf("machine", {}, user.id) }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE));
  const page = Math.min(params.page, pageCount);
  const meetings = await db.meeting.findMany({
    where,
    // Oldest waiting first: the queue is worked from the front.
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * REVIEW_PAGE_SIZE,
    take: REVIEW_PAGE_SIZE,
    select: {
      id: true,
      title: true,
      status: true,
      version: true,
      date: true,
      updatedAt: true,
      draftConfidence: true,
      createdBy: { select: { name: true } },
      reviewAssignment: { select: { assignee: { select: { id: true, name: true } } } },
    },
  });
  const ids = meetings.map((m) => m.id);
  const [reasons, newPeople] = await Promise.all([returnReasons(params.tab === "returned" ? ids : []), newPeopleCounts(params.tab === "machine" ? ids : [])]);
  return {
    rows: meetings.map((m) => ({
      id: m.id,
      title: m.title,
      status: m.status,
      version: m.version,
      date: m.date ? m.date.toISOString().slice(0, 10) : null,
      updatedAt: m.updatedAt.toISOString(),
      author: m.createdBy?.name ?? null,
      assignee: m.reviewAssignment?.assignee ?? null,
      reason: reasons.get(m.id) ?? null,
      flags: {
        noDate: m.date === null,
        newPeople: newPeople.get(m.id) ?? 0,
        lowConfidence: m.draftConfidence !== null && m.draftConfidence < LOW_CONFIDENCE,
        confidence: m.draftConfidence,
      },
    })),
    total,
    page,
    pageCount,
    counts: { "in-review": inReview, returned, machine },
  };
}

/** Each meeting's newest RETURN note. */
async function returnReasons(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; note: string | null }[]>`
    SELECT DISTINCT ON ("entityId") "entityId" AS "id", "note" FROM "Revision"
    WHERE "entityType" = 'Meeting' AND "entityId" = ANY(${ids}) AND "action" = 'RETURN'
    ORDER BY "entityId", "createdAt" DESC, "id" DESC`;
  return new Map(rows.filter((r) => r.note).map((r) => [r.id, r.note!]));
}

/**
 * Participants whose person appears in no other meeting: made for this draft from a name, linked
 * to nobody known yet. What a reviewer of a machine draft should check first.
 */
async function newPeopleCounts(ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; n: number }[]>`
    SELECT p."meetingId"::text AS "id", count(*)::int AS "n" FROM "Participation" p
    WHERE p."meetingId" = ANY(${ids}::uuid[])
      AND NOT EXISTS (SELECT 1 FROM "Participation" o WHERE o."personId" = p."personId" AND o."meetingId" <> p."meetingId")
    GROUP BY p."meetingId"`;
  return new Map(rows.map((r) => [r.id, r.n]));
}
