import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import type { ReviewTab } from "@/lib/review/schemas";

// What the review pages draw: plain objects, safe for client components.

/** What the meeting page's review controls show: the state, who took it, and which steps the caller may take. */
export interface MeetingReview {
  id: string;
  version: number;
  status: MeetingStatus;
  machineDrafted: boolean;
  requireSecondPerson: boolean;
  assignee: string | null;
  /** The newest return's reason while the meeting is Returned. */
  returnReason: string | null;
  canSubmit: boolean;
  canReturn: boolean;
  canApprove: boolean;
  /** Why Approve is not offered though the meeting waits (the caller made the last change, say). */
  approveBlockedBecause: string | null;
}

export interface ReviewQueueRow {
  id: string;
  title: string;
  status: MeetingStatus;
  version: number;
  date: string | null;
  updatedAt: string;
  author: string | null;
  assignee: { id: string; name: string } | null;
  /** The newest return's reason (Returned only). */
  reason: string | null;
  /** What a machine draft's reviewer should check first. */
  flags: { noDate: boolean; newPeople: number; lowConfidence: boolean; confidence: number | null };
}

export interface ReviewQueuePage {
  rows: ReviewQueueRow[];
  total: number;
  page: number;
  pageCount: number;
  counts: Record<ReviewTab, number>;
}
