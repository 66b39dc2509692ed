import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { MEETING_STATUS_LABELS } from "@/lib/meetings/kinds";
import type { SnapshotRecord } from "@/lib/meetings/write/snapshot";

/** The team's review rule (admin settings; decision 0043). */
export interface ReviewRule {
  /** Publishing needs someone other than the meeting's last editor; the form cannot publish. */
  requireSecondPerson: boolean;
  /** With the rule on, a save that changes only tags keeps a published meeting published. */
  smallEditsWithoutReview: boolean;
}

/** No settings row yet: one analyst works as before, publishing their own records. */
export const DEFAULT_REVIEW_RULE: ReviewRule = { requireSecondPerson: false, smallEditsWithoutReview: false };

/**
 * The status a save (the form, a restore, a tag change) leaves a meeting in. The edit itself is
 * always kept; only the label can differ from what was asked:
 *  - only a return step makes a meeting Returned;
 *  - with the rule on, nothing a save asks for is Published: it goes to review instead, unless it
 *    was published already and the save changed its tags alone while small edits are allowed.
 */
export function statusAfterSave(input: { before: MeetingStatus | null; requested: MeetingStatus; rule: ReviewRule; tagsOnly: boolean }): MeetingStatus {
  const { before, rule, tagsOnly } = input;
  const requested = input.requested === "RETURNED" && before !== "RETURNED" ? (before ?? "DRAFT") : input.requested;
  if (!rule.requireSecondPerson || requested !== "PUBLISHED") return requested;
  if (before === "PUBLISHED" && tagsOnly && rule.smallEditsWithoutReview) return "PUBLISHED";
  return "IN_REVIEW";
}

/** Why a note goes on the revision when a save's status differs from the one asked for. */
export function statusChangeNote(requested: MeetingStatus, settled: MeetingStatus): string | undefined {
  if (requested === settled) return undefined;
  if (settled === "IN_REVIEW") return "Publishing needs a second person: sent for review instead.";
  return `Kept as ${MEETING_STATUS_LABELS[settled]}: only a return step makes a meeting Returned.`;
}

/** True when two records differ in nothing but their tags (and status): the "small edit" of decision 0043. */
export function onlyTagsDiffer(before: SnapshotRecord, after: SnapshotRecord): boolean {
  const rest = (record: SnapshotRecord) => JSON.stringify({ ...record, tags: undefined, status: undefined });
  return rest(before) === rest(after);
}

export interface ApprovalCase {
  status: MeetingStatus;
  machineDrafted: boolean;
  actorId: string;
  /** Who last changed what the meeting says (review steps aside); null for the seed. */
  lastEditorId: string | null;
  rule: ReviewRule;
}

export type Refusal = { code: "conflict" | "forbidden"; message: string };

/** Why the caller may not approve (publish) this meeting, or null when they may. */
export function approvalRefusal({ status, machineDrafted, actorId, lastEditorId, rule }: ApprovalCase): Refusal | null {
  if (status === "PUBLISHED" && !machineDrafted) return { code: "conflict", message: "This meeting is already published." };
  if (rule.requireSecondPerson) {
    if (status !== "IN_REVIEW" && !machineDrafted) return { code: "conflict", message: "Send this meeting for review first: publishing needs a second person." };
    if (lastEditorId === actorId) return { code: "forbidden", message: "You made the last change to this meeting: someone else must approve it." };
  }
  return null;
}

/** Why the caller may not send this meeting for review, or null. */
export function submitRefusal(status: MeetingStatus): string | null {
  if (status === "DRAFT" || status === "RETURNED") return null;
  return `This meeting is ${MEETING_STATUS_LABELS[status].toLowerCase()}: only a draft or a returned meeting can be sent for review.`;
}

/** Why the caller may not return this meeting, or null. */
export function returnRefusal(status: MeetingStatus, machineDrafted: boolean): string | null {
  if (status === "IN_REVIEW" || (machineDrafted && status !== "PUBLISHED" && status !== "RETURNED")) return null;
  return "Only a meeting in review (or a machine draft) can be returned.";
}
