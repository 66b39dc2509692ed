import { ChevronLeft, Pencil } from "lucide-react";
import type { ReactNode } from "react";
import type { Route } from "next";
import { Link } from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { CopyPermalinkButton } from "@/components/meetings/copy-permalink-button";
import { CreatedToast } from "@/components/meetings/created-toast";
import { DeleteMeetingButton } from "@/components/meetings/detail/delete-meeting-button";
import { EvidenceProvider } from "@/components/meetings/detail/evidence-context";
import { MeetingCountries, MeetingRecordCard, MeetingTopicsAndTags, RelatedMeetingsCard } from "@/components/meetings/detail/meeting-sidebar";
import { TagEditor } from "@/components/meetings/detail/tag-editor";
import type { FormAction } from "@/components/meetings/detail/use-action-toast";
import { HistoryPanel } from "@/components/meetings/history/history-panel";
import { CommentsPanel, type CommentActions } from "@/components/comments/comments-panel";
import type { MeetingComments } from "@/lib/comments/dto";
import { RestoreRevisionButton } from "@/components/meetings/history/restore-revision-button";
import { RevisionBanner } from "@/components/meetings/history/revision-banner";
import { UndeleteButton } from "@/components/meetings/history/undelete-button";
import { DeletedBadge } from "@/components/meetings/meeting-badges";
import { MeetingFacts, MeetingNarrative, MeetingParticipants, MeetingSources } from "@/components/meetings/meeting-detail";
import type { MeetingPage } from "@/lib/meetings/detail/get-meeting-page";
import type { RelatedMeetings } from "@/lib/meetings/detail/related-meetings";
import type { RevisionComparison, RevisionListItem } from "@/lib/meetings/history/queries";

const stamp = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export interface MeetingPageActions {
  deleteMeeting: FormAction<Record<string, string>>;
  restoreRevision: FormAction<Record<string, string>>;
  changeTags: FormAction<Record<string, string>>;
  undelete: FormAction<{ id: string }>;
}

/** The whole meeting page: the record (current or an old revision), its history and what relates to it. */
export function MeetingPageView({
  page,
  revisions,
  comparison,
  related,
  tagSuggestions,
  canEdit,
  isAdmin,
  actions,
  review,
  comments,
}: {
  page: Extract<MeetingPage, { state: "shown" }>;
  revisions: RevisionListItem[];
  comparison: RevisionComparison | null;
  related: RelatedMeetings;
  tagSuggestions: string[];
  canEdit: boolean;
  isAdmin: boolean;
  actions: MeetingPageActions;
  /** The review steps (components/review), shown under the title. */
  review?: ReactNode;
  /** The meeting's comments, beside the record and in its history (not on an old revision). */
  comments?: { list: MeetingComments; actions: CommentActions };
}) {
  const { view, info, revision } = page;
  const deleted = info.deletedAt !== null;
  const current = !revision && !deleted;

  return (
    <EvidenceProvider>
      <article aria-labelledby="meeting-title" className="grid gap-5">
        <CreatedToast />
        <div className="grid gap-3">
          <Link href="/meetings" className="inline-flex w-fit items-center gap-1 rounded-sm text-sm text-muted-foreground hover:text-foreground print:hidden">
            <ChevronLeft className="size-4" aria-hidden="true" />
            Meetings
          </Link>
          {revision ? (
            <RevisionBanner
              meetingId={view.id}
              version={revision.version}
              createdAt={revision.createdAt}
              actor={revision.actor}
              currentVersion={info.version}
              isDeletion={revision.isDeletion}
              restore={
                canEdit && !deleted && !revision.isDeletion ? (
                  <RestoreRevisionButton id={view.id} revision={revision.version} currentVersion={info.version} action={actions.restoreRevision} />
                ) : null
              }
            />
          ) : null}
          {deleted ? (
            <section role="region" aria-label="Deleted meeting" className="flex flex-wrap items-center justify-between gap-3 rounded-md border-2 border-destructive px-4 py-3">
              <p className="flex items-center gap-2 text-sm">
                <DeletedBadge />
                Deleted on {stamp.format(new Date(info.deletedAt!))} UTC{info.deletedBy ? ` by ${info.deletedBy}` : null}. Only admins see it.
              </p>
              {isAdmin ? <UndeleteButton id={view.id} title={view.title} action={actions.undelete} /> : null}
            </section>
          ) : null}
          <div className="flex flex-wrap items-start justify-between gap-3">
            <h1 id="meeting-title" className="max-w-4xl text-2xl font-semibold tracking-tight text-balance">
              {view.title}
            </h1>
            <div className="flex flex-wrap gap-2 print:hidden">
              <CopyPermalinkButton path={revision ? `/meetings/${view.id}?rev=${revision.version}` : `/meetings/${view.id}`} />
              {canEdit && current ? (
                <>
                  <Button asChild variant="outline">
                    <Link href={`/meetings/${view.id}/edit` as Route}>
                      <Pencil aria-hidden="true" />
                      Edit
                    </Link>
                  </Button>
                  <DeleteMeetingButton id={view.id} version={info.version} title={view.title} action={actions.deleteMeeting} />
                </>
              ) : null}
            </div>
          </div>
          {current ? review : null}
          <MeetingFacts view={view} />
        </div>
        <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem] print:block">
          <div className="grid min-w-0 content-start gap-5">
            <MeetingNarrative view={view} />
            <MeetingParticipants view={view} />
            <MeetingSources view={view} />
            {comments && !revision ? <CommentsPanel comments={comments.list} view={view} actions={comments.actions} /> : null}
          </div>
          <div className="grid min-w-0 content-start gap-4 print:mt-5">
            <MeetingCountries view={view} />
            <MeetingTopicsAndTags
              view={view}
              tagEditor={canEdit && current ? <TagEditor meetingId={view.id} tags={view.tags} suggestions={tagSuggestions} action={actions.changeTags} /> : undefined}
            />
            <MeetingRecordCard view={view} info={info} />
            <RelatedMeetingsCard related={related} />
          </div>
        </div>
        <HistoryPanel meetingId={view.id} revisions={revisions} shownVersion={view.version} comparison={comparison} comments={comments?.list.items} />
      </article>
    </EvidenceProvider>
  );
}
