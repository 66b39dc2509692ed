import { Card, CardContent } from "@/components/ui/card";
import { RefreshWhileRunning } from "@/components/entities/refresh-while-running";
import type { IngestBatchProgress } from "@/lib/ingest/batches";

/** A batch's progress bar while it runs (the page refreshes itself), then its outcome or why it stopped. */
export function BatchProgress({ batch }: { batch: IngestBatchProgress }) {
  const percent = batch.total === 0 ? 100 : Math.floor((100 * batch.done) / batch.total);
  const counts = `${batch.drafted} drafted, ${batch.addedToDraft} added to a draft, ${batch.proposed} proposed, ${batch.skipped} skipped, ${batch.failed} failed`;
  if (batch.status !== "RUNNING") {
    return (
      <Card role={batch.status === "FAILED" ? "alert" : "status"} aria-label="Batch" className={batch.status === "FAILED" ? "border-destructive" : undefined}>
        <CardContent className="text-sm">{batch.message ?? counts}</CardContent>
      </Card>
    );
  }
  return (
    <Card role="status" aria-label="Batch" aria-live="polite">
      <CardContent className="grid gap-2 text-sm">
        <p className="font-medium">
          Reading {batch.done.toLocaleString("en")} of {batch.total.toLocaleString("en")} items ({percent}%)
        </p>
        <progress className="h-2 w-full accent-primary" value={batch.done} max={Math.max(batch.total, 1)} aria-label={`Batch “${batch.name}”: ${percent}% read`} />
        <p className="text-muted-foreground">So far {counts}. This page updates by itself.</p>
        <RefreshWhileRunning />
      </CardContent>
    </Card>
  );
}
