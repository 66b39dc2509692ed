import { Link } from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ProposalButtons, type ProposalActions } from "@/components/ingest/proposal-buttons";
import type { IngestItemView } from "@/lib/ingest/queries";

const OUTCOME_LABELS: Record<IngestItemView["outcome"], string> = {
  PENDING: "Waiting",
  DRAFTED: "Drafted",
  ADDED_TO_DRAFT: "Added to a draft",
  PROPOSED: "Proposed as a source",
  SKIPPED: "Skipped",
  FAILED: "Failed",
};

const PROPOSAL_LABELS = { OPEN: null, ACCEPTED: "accepted", DISMISSED: "dismissed" } as const;

/** What each item of a batch became, with a link to its draft or meeting and any proposal's buttons. */
export function BatchItems({ items, actions, canReview }: { items: IngestItemView[]; actions: ProposalActions; canReview: boolean }) {
  return (
    <Table>
      <caption className="sr-only">Items of this batch and what each became</caption>
      <TableHeader>
        <TableRow>
          <TableHead className="w-12">Item</TableHead>
          <TableHead>Text</TableHead>
          <TableHead>Became</TableHead>
          <TableHead>Meeting</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id}>
            <TableCell>{item.number}</TableCell>
            <TableCell className="max-w-xs">
              <span className="block truncate" title={item.label}>
                {item.label}
              </span>
              <span className="text-xs text-muted-foreground">{item.outlet}</span>
            </TableCell>
            <TableCell>
              <div className="grid gap-1">
                <span>
                  <Badge variant={item.outcome === "FAILED" ? "destructive" : item.outcome === "DRAFTED" || item.outcome === "ADDED_TO_DRAFT" ? "success" : "neutral"}>{OUTCOME_LABELS[item.outcome]}</Badge>
                  {item.proposal && PROPOSAL_LABELS[item.proposal] ? <span className="ml-1 text-xs">({PROPOSAL_LABELS[item.proposal]})</span> : null}
                </span>
                {item.reason ? <span className="text-xs text-muted-foreground">{item.reason}</span> : null}
                {item.unlinked.length > 0 ? <span className="text-xs text-muted-foreground">Not linked yet: {item.unlinked.join(", ")}</span> : null}
                {item.confidence !== null ? <span className="text-xs text-muted-foreground">Confidence {Math.round(item.confidence * 100)}%</span> : null}
              </div>
            </TableCell>
            <TableCell>
              <div className="grid gap-2">
                {item.meetingId ? (
                  <Link href={`/meetings/${item.meetingId}`} className="underline-offset-2 hover:underline">
                    {item.meetingTitle ?? "The meeting"}
                  </Link>
                ) : null}
                {canReview && item.proposal === "OPEN" ? <ProposalButtons itemId={item.id} label={`item ${item.number}`} actions={actions} /> : null}
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
