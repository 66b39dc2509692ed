import { MachineDraftBanner, type MachineDraftActions } from "@/components/ingest/machine-draft-banner";
import { ProposedSources } from "@/components/ingest/proposed-sources";
import type { ProposalActions } from "@/components/ingest/proposal-buttons";
import type { MeetingIngestNotices } from "@/lib/ingest/queries";

/** What batch ingest has to say on a meeting's page: it is a machine draft, or sources are proposed to it. */
export function IngestNotices({ meetingId, notices, actions }: { meetingId: string; notices: MeetingIngestNotices | null; actions: MachineDraftActions & ProposalActions }) {
  if (!notices || (!notices.draft && notices.proposals.length === 0)) return null;
  return (
    <div className="mb-4 grid gap-4">
      {notices.draft ? <MachineDraftBanner meetingId={meetingId} draft={notices.draft} canReview={notices.canReview} actions={actions} /> : null}
      <ProposedSources proposals={notices.proposals} canReview={notices.canReview} actions={actions} />
    </div>
  );
}
