import { Card, CardContent } from "@/components/ui/card";
import { ActionButtonForm } from "@/components/entities/action-button-form";
import type { FormAction } from "@/components/meetings/detail/use-action-toast";
import { RefreshWhileRunning } from "@/components/entities/refresh-while-running";
import type { MergeJobView } from "@/lib/entities/merge-jobs/jobs";

/**
 * A merge of this record in progress (with a bar that the page keeps up to date), just finished
 * (with its undo, when given), or stopped (with why). Nothing when there is none.
 */
export function MergeJobPanel({ job, undo }: { job: MergeJobView | null; undo?: FormAction<Record<string, string>> }) {
  if (!job) return null;
  const what = job.action === "UNMERGE" ? `Undoing the merge of “${job.fromName}” into “${job.intoName}”` : `Merging “${job.fromName}” into “${job.intoName}”`;
  if (job.status === "FAILED") {
    return (
      <Card role="alert" aria-label="Merge" className="border-destructive">
        <CardContent className="grid gap-1 text-sm">
          <p className="font-medium">{what} stopped.</p>
          <p>{job.message}</p>
        </CardContent>
      </Card>
    );
  }
  if (job.status === "DONE") {
    return (
      <Card role="status" aria-label="Merge">
        <CardContent className="flex flex-wrap items-center justify-between gap-2 text-sm">
          {job.message}
          {undo && job.action === "MERGE" ? (
            <ActionButtonForm action={undo} values={{ id: job.fromId, intoId: job.intoId }}>
              Undo the merge of “{job.fromName}”
            </ActionButtonForm>
          ) : null}
        </CardContent>
      </Card>
    );
  }
  const percent = job.total === 0 ? 100 : Math.floor((100 * job.done) / job.total);
  return (
    <Card role="status" aria-label="Merge" aria-live="polite">
      <CardContent className="grid gap-2 text-sm">
        <p className="font-medium">
          {what}: {job.done.toLocaleString("en")} of {job.total.toLocaleString("en")} meetings ({percent}%)
        </p>
        <progress className="h-2 w-full accent-primary" value={job.done} max={Math.max(job.total, 1)} aria-label={`${what}: ${percent}% done`} />
        <p className="text-muted-foreground">Edits to these meetings keep working meanwhile; this page updates by itself.</p>
        <RefreshWhileRunning />
      </CardContent>
    </Card>
  );
}
