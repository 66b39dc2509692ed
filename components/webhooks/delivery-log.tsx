import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { WebhookDeliveryRow } from "@/lib/webhooks/queries";

const STATUS: Record<WebhookDeliveryRow["status"], { label: string; variant: "warning" | "success" | "destructive" }> = {
  PENDING: { label: "Waiting", variant: "warning" },
  DELIVERED: { label: "Delivered", variant: "success" },
  FAILED: { label: "Failed", variant: "destructive" },
};

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

/** A webhook's newest deliveries: what was sent, how it went, and when the next try is. */
export function DeliveryLog({ rows }: { rows: WebhookDeliveryRow[] }) {
  if (rows.length === 0) return <EmptyState title="Nothing sent yet" description="Deliveries appear here as changes are made, and when you send a test." />;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">Queued (UTC)</TableHead>
          <TableHead scope="col">Event</TableHead>
          <TableHead scope="col">Status</TableHead>
          <TableHead scope="col">Attempts</TableHead>
          <TableHead scope="col">Response</TableHead>
          <TableHead scope="col">Next try (UTC)</TableHead>
          <TableHead scope="col">Error</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell className="whitespace-nowrap">{timeFormat.format(row.createdAt)}</TableCell>
            <TableCell>
              <code className="text-xs">{row.type}</code>
              {row.seq ? <span className="block text-xs text-muted-foreground">change {row.seq}</span> : null}
            </TableCell>
            <TableCell>
              <Badge variant={STATUS[row.status].variant}>{STATUS[row.status].label}</Badge>
            </TableCell>
            <TableCell>{row.attempts}</TableCell>
            <TableCell>{row.responseStatus ?? "—"}</TableCell>
            <TableCell className="whitespace-nowrap">{row.nextAttemptAt ? timeFormat.format(row.nextAttemptAt) : "—"}</TableCell>
            <TableCell className="max-w-80 text-sm break-words">{row.error ?? ""}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
