import "server-only";
import { hasRole } from "@/lib/auth/roles";
import { commentRowsSql, toMeetingComments, type CommentRow } from "@/lib/comments/queries";
import type { MeetingComments } from "@/lib/comments/dto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ingestNoticePartsSql, toMeetingIngestNotices, type IngestNoticeParts, type MeetingIngestNotices } from "@/lib/ingest/queries";
import { readMeeting, type MeetingPage } from "@/lib/meetings/detail/get-meeting-page";
import { toMeetingView } from "@/lib/meetings/detail/meeting-view";
import { relatedMeetingsSql, toRelatedMeetings, type RelatedMeetings, type RelatedRow } from "@/lib/meetings/detail/related-meetings";
import { revisionRowsSql, toRevisionList, type RevisionListItem, type RevisionRow } from "@/lib/meetings/history/queries";
import { toViewLookups, viewLookupsSql, type ViewLookupRows } from "@/lib/meetings/internal/detail/view-lookups";
import type { MeetingReview } from "@/lib/review/dto";
import { reviewPartsSql, toMeetingReview, type ReviewParts } from "@/lib/review/meeting-review";
import { tagSuggestionsSql } from "@/lib/tags/queries";

/** Everything a meeting's permalink shows besides its header's session. */
export interface MeetingPermalink {
  page: Extract<MeetingPage, { state: "shown" }>;
  revisions: RevisionListItem[];
  related: RelatedMeetings;
  /** Offered to analysts and admins on the current, live record only. */
  tagSuggestions: string[];
  review: MeetingReview | null;
  /** Null on an older revision. */
  ingest: MeetingIngestNotices | null;
  comments: MeetingComments;
}

type Rows = ViewLookupRows & {
  revisions: RevisionRow[];
  related: RelatedRow[];
  tagSuggestions: string[];
  review: ReviewParts | null;
  ingest: IngestNoticeParts | null;
  comments: CommentRow[];
};

/**
 * A meeting's permalink in two statements after the session (issue 19: at most five a page): the
 * record with who made and changed it (readMeeting), then in one statement of json subselects the
 * names it refers to, its revisions, related meetings, the tag editor's suggestions, the review
 * controls' rule and last editor, batch ingest's notices and the comments. A machine draft with a
 * date looks for its possible duplicates in one more. Rule: as getMeetingPage; the history and
 * comments of a deleted meeting are an admin's only (readMeeting answers others "deleted").
 */
export async function getMeetingPermalink(id: string, rev?: number): Promise<MeetingPermalink | Extract<MeetingPage, { state: "deleted" }> | null> {
  const read = await readMeeting(id, rev);
  if (read === null || read.state === "deleted") return read;
  const { user, info, snapshot, revision } = read;
  const { record } = snapshot;
  const live = !revision && !info.deletedAt;
  const reviews = hasRole(user.role, "analyst") && live;
  const countryCodes = record.countries.map((c) => c.countryCode);
  const personIds = record.participants.map((p) => p.personId);
  const [rows] = await db.$queryRaw<Rows[]>`
    SELECT ${viewLookupsSql([record])},
           ${revisionRowsSql(id)} AS "revisions",
           ${relatedMeetingsSql(id, countryCodes, personIds)} AS "related",
           ${reviews ? tagSuggestionsSql() : Prisma.sql`ARRAY[]::text[]`} AS "tagSuggestions",
           ${reviews ? reviewPartsSql(id) : Prisma.sql`NULL::json`} AS "review",
           ${live ? ingestNoticePartsSql(id) : Prisma.sql`NULL::json`} AS "ingest",
           ${commentRowsSql(id)} AS "comments"`;
  const found = rows!;
  const meeting = { id, version: snapshot.version, status: record.status, machineDrafted: read.draft.machineDrafted };
  return {
    page: { state: "shown", view: toMeetingView(snapshot, toViewLookups(found)), info, revision },
    revisions: toRevisionList(found.revisions),
    related: toRelatedMeetings(found.related),
    tagSuggestions: found.tagSuggestions,
    review: found.review ? toMeetingReview(user, meeting, found.review) : null,
    ingest: revision
      ? null
      : found.ingest
        ? await toMeetingIngestNotices(
            user,
            id,
            { ...meeting, draftConfidence: read.draft.draftConfidence, date: record.date || null, countryCodes, personIds },
            found.ingest,
          )
        : { draft: null, proposals: [], canReview: hasRole(user.role, "analyst") },
    comments: toMeetingComments(user, id, info.deletedAt !== null, found.comments),
  };
}
