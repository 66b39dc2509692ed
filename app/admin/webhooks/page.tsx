import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { WebhookForm } from "@/components/webhooks/webhook-form";
import { PageHeader } from "@/components/workbench/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { listWebhooks } from "@/lib/webhooks/queries";
import { createWebhookAction } from "@/app/admin/webhooks/actions";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  await requirePageUser("admin");
  const webhooks = await listWebhooks();
  return (
    <>
      <PageHeader title="Webhooks" description="Other tools told of every change as it is saved: signed, retried, and logged here." />
      <div className="grid gap-4">
        <Card>
          <CardHeader>
            <CardTitle>Add a webhook</CardTitle>
            <CardDescription>It receives the chosen changes from now on. See docs/webhooks.md for the payload and how to check the signature.</CardDescription>
          </CardHeader>
          <CardContent>
            <WebhookForm action={createWebhookAction} events={WEBHOOK_EVENTS} />
          </CardContent>
        </Card>
        {webhooks.length === 0 ? (
          <EmptyState title="No webhooks yet" description="Add one above to send changes to another tool." />
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Receiver</TableHead>
                <TableHead scope="col">Events</TableHead>
                <TableHead scope="col">Status</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {webhooks.map((webhook) => (
                <TableRow key={webhook.id}>
                  <TableCell className="max-w-96 break-all">
                    <Link href={`/admin/webhooks/${webhook.id}`}>{webhook.url}</Link>
                  </TableCell>
                  <TableCell>{webhook.events.length}</TableCell>
                  <TableCell>
                    <div className="flex flex-wrap gap-1">
                      {webhook.enabled ? <Badge variant="success">On</Badge> : <Badge variant="outline">Off</Badge>}
                      {webhook.pending > 0 ? <Badge variant="warning">{webhook.pending} waiting</Badge> : null}
                      {webhook.failed > 0 ? <Badge variant="destructive">{webhook.failed} failed</Badge> : null}
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </div>
    </>
  );
}
