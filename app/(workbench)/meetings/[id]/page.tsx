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
import { getMeetingPermalink } from "@/lib/meetings/detail/permalink";
import { compareMeetingRevisions } from "@/lib/meetings/history/queries";
import { meetingIdSchema } from "@/lib/meetings/schemas";
import { approveMeetingAction, returnMeetingAction, submitForReviewAction } from "../../review/actions";
import { acceptProposedSourceAction, attachMachineDraftAction, discardMachineDraftAction, dismissProposedSourceAction } from "../../review/ingest/actions";
import { changeTagsAction, deleteMeetingAction, restoreRevisionAction } from "./actions";
import { undeleteMeetingAction } from "../trash/actions";
import { commentActions } from "../../comments/comment-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const revisionSchema = z.coerce.number().int().min(1).max(2_000_000_000).optional().catch(undefined);

// Cached per request: the page and its metadata share one read.
const loadPage = cache(async (id: string, rev: number | undefined) => {
  if (!meetingIdSchema.safeParse(id).success) notFound();
  const page = await getMeetingPermalink(id, rev).catch(handlePageError);
  if (!page) notFound();
  return page;
});

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await requirePageUser();
  const page = await loadPage((await params).id, revisionSchema.parse(one((await searchParams).rev)));
  if ("state" in page) return { title: "Deleted meeting" };
  const { view, revision } = page.page;
  return { title: revision ? `${view.title} (revision ${revision.version})` : view.title };
}

export default async function MeetingPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const { id } = await params;
  const query = await searchParams;
  const permalink = await loadPage(id, revisionSchema.parse(one(query.rev)));
  if ("state" in permalink) {
    return <DeletedNotice title={permalink.title} deletedAt={permalink.info.deletedAt!} deletedBy={permalink.info.deletedBy} />;
  }
  const { page, revisions, related, tagSuggestions, review, ingest, comments } = permalink;

  const from = revisionSchema.parse(one(query.from));
  const to = revisionSchema.parse(one(query.to));
  const canEdit = hasRole(user.role, "analyst");
  // A comparison of revisions that do not exist is simply not shown.
  const comparison = from && to ? await compareMeetingRevisions(id, from, to).catch(() => null) : null;

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
        tagSuggestions={tagSuggestions}
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
