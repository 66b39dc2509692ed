import { Card, CardContent } from "@/components/ui/card";
import { ProposalButtons, type ProposalActions } from "@/components/ingest/proposal-buttons";
import type { MeetingIngestNotices } from "@/lib/ingest/queries";

/** Sources batch ingest found for this recorded meeting: added only when a reviewer says so. */
export function ProposedSources({ proposals, canReview, actions }: { proposals: MeetingIngestNotices["proposals"]; canReview: boolean; actions: ProposalActions }) {
  if (proposals.length === 0) return null;
  return (
    <Card role="region" aria-labelledby="proposed-sources-heading">
      <CardContent className="grid gap-3 text-sm">
        <p id="proposed-sources-heading" className="font-medium">
          {proposals.length === 1 ? "A proposed source" : `${proposals.length} proposed sources`}
        </p>
        <ul className="grid gap-3">
          {proposals.map((proposal) => (
            <li key={proposal.itemId} className="grid gap-1">
              <p>
                <span className="font-medium">{proposal.outlet}</span>, from batch “{proposal.batchName}”, item {proposal.number}
                {proposal.url ? (
                  <>
                    {" · "}
                    <a href={proposal.url} rel="noreferrer noopener" className="underline underline-offset-2">
                      {proposal.url}
                    </a>
                  </>
                ) : null}
              </p>
              <blockquote className="line-clamp-3 border-l-2 pl-2 text-muted-foreground">{proposal.excerpt}</blockquote>
              {canReview ? <ProposalButtons itemId={proposal.itemId} label={`${proposal.outlet}, item ${proposal.number}`} actions={actions} /> : null}
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
