import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { z } from "zod";
import { MeetingPageView } from "@/components/meetings/detail/meeting-page-view";
import { ReviewControls } from "@/components/review/review-controls";
import { DeletedNotice } from "@/components/meetings/history/deleted-notice";
import { IngestNotices } from "@/components/ingest/ingest-notices";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { hasRole } from "@/lib/auth/roles";
import { getMeetingPage } from "@/lib/meetings/detail/get-meeting-page";
import { getRelatedMeetings } from "@/lib/meetings/detail/related-meetings";
import { compareMeetingRevisions, listMeetingRevisions } from "@/lib/meetings/history/queries";
import { meetingIdSchema } from "@/lib/meetings/schemas";
import { getMeetingReview } from "@/lib/review/meeting-review";
import { listTagSuggestions } from "@/lib/tags/queries";
import { approveMeetingAction, returnMeetingAction, submitForReviewAction } from "../../review/actions";
import { getMeetingIngestNotices } from "@/lib/ingest/queries";
import { acceptProposedSourceAction, attachMachineDraftAction, discardMachineDraftAction, dismissProposedSourceAction } from "../../review/ingest/actions";
import { changeTagsAction, deleteMeetingAction, restoreRevisionAction } from "./actions";
import { undeleteMeetingAction } from "../trash/actions";
import { commentActions } from "../../comments/comment-actions";
import { getMeetingComments } from "@/lib/comments/queries";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const revisionSchema = z.coerce.number().int().min(1).max(2_000_000_000).optional().catch(undefined);

// Cached per request: the page and its metadata share one read.
const loadPage = cache(async (id: string, rev: number | undefined) => {
  if (!meetingIdSchema.safeParse(id).success) notFound();
  const page = await getMeetingPage(id, rev).catch(handlePageError);
  if (!page) notFound();
  return page;
});

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await requirePageUser();
  const page = await loadPage((await params).id, revisionSchema.parse(one((await searchParams).rev)));
  if (page.state === "deleted") return { title: "Deleted meeting" };
  return { title: page.revision ? `${page.view.title} (revision ${page.revision.version})` : page.view.title };
}

export default async function MeetingPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const { id } = await params;
  const query = await searchParams;
  const page = await loadPage(id, revisionSchema.parse(one(query.rev)));
  if (page.state === "deleted") {
    return <DeletedNotice title={page.title} deletedAt={page.info.deletedAt!} deletedBy={page.info.deletedBy} />;
  }

  const from = revisionSchema.parse(one(query.from));
  const to = revisionSchema.parse(one(query.to));
  const canEdit = hasRole(user.role, "analyst");
  const [revisions, comparison, related, suggestions, review, ingest, comments] = await Promise.all([
    listMeetingRevisions(id).catch(handlePageError),
    // A comparison of revisions that do not exist is simply not shown.
    from && to ? compareMeetingRevisions(id, from, to).catch(() => null) : null,
    getRelatedMeetings(
      id,
      page.view.countries.map((c) => c.code),
      page.view.participants.map((p) => p.personId),
    ).catch(handlePageError),
    canEdit && !page.revision && !page.info.deletedAt ? listTagSuggestions().catch(handlePageError) : [],
    canEdit && !page.revision && !page.info.deletedAt ? getMeetingReview(id).catch(handlePageError) : null,
    page.revision ? null : getMeetingIngestNotices(id).catch(handlePageError),
    getMeetingComments(id).catch(handlePageError),
  ]);

  return (
    <>
      <IngestNotices
        meetingId={id}
        notices={ingest}
        actions={{ discard: discardMachineDraftAction, attach: attachMachineDraftAction, accept: acceptProposedSourceAction, dismiss: dismissProposedSourceAction }}
      />
      <MeetingPageView
        page={page}
        revisions={revisions}
        comparison={comparison}
        related={related}
        tagSuggestions={suggestions}
        canEdit={canEdit}
        isAdmin={user.role === "admin"}
        comments={{ list: comments, actions: commentActions }}
        actions={{ deleteMeeting: deleteMeetingAction, restoreRevision: restoreRevisionAction, changeTags: changeTagsAction, undelete: undeleteMeetingAction }}
        review={
          review ? (
            <ReviewControls review={review} title={page.view.title} actions={{ submit: submitForReviewAction, approve: approveMeetingAction, returnMeeting: returnMeetingAction }} />
          ) : null
        }
      />
    </>
  );
}
