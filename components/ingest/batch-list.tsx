import { Link } from "@/components/ui/link";
import type { IngestBatchProgress } from "@/lib/ingest/batches";

const stamp = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** The latest batches, each linking to its progress and items. */
export function BatchList({ batches }: { batches: IngestBatchProgress[] }) {
  if (batches.length === 0) return <p className="text-sm text-muted-foreground">No batches yet.</p>;
  return (
    <ul className="grid gap-2 text-sm">
      {batches.map((batch) => (
        <li key={batch.id}>
          <Link href={`/review/ingest/${batch.id}`} className="font-medium underline-offset-2 hover:underline">
            {batch.name}
          </Link>{" "}
          <span className="text-muted-foreground">
            <time dateTime={batch.createdAt}>{stamp.format(new Date(batch.createdAt))} UTC</time> · {batch.done} of {batch.total} items read ·{" "}
            {batch.status === "RUNNING" ? "running" : batch.status === "DONE" ? "done" : "stopped"}
          </span>
        </li>
      ))}
    </ul>
  );
}
