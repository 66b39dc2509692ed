import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { DeliveryLog } from "@/components/webhooks/delivery-log";
import { WebhookControls } from "@/components/webhooks/webhook-controls";
import { WebhookForm } from "@/components/webhooks/webhook-form";
import { PageHeader } from "@/components/workbench/page-header";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { DELIVERY_LOG_SIZE, getWebhookWithDeliveries } from "@/lib/webhooks/queries";
import { webhookIdSchema } from "@/lib/webhooks/schemas";
import { deleteWebhookAction, sendTestWebhookAction, setWebhookEnabledAction, updateWebhookAction } from "@/app/admin/webhooks/actions";

export const metadata: Metadata = { title: "Webhook" };

const CONTROL_ACTIONS = { setEnabled: setWebhookEnabledAction, sendTest: sendTestWebhookAction, remove: deleteWebhookAction };

export default async function WebhookPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser("admin");
  const id = webhookIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const { webhook, deliveries } = await getWebhookWithDeliveries(id.data).catch(handlePageError);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/webhooks">All webhooks</Link>
      </p>
      <PageHeader
        title={<span className="break-all">{webhook.url}</span>}
        description={
          <span className="flex flex-wrap gap-1">
            {webhook.enabled ? <Badge variant="success">On</Badge> : <Badge variant="outline">Off</Badge>}
            {webhook.pending > 0 ? <Badge variant="warning">{webhook.pending} waiting</Badge> : null}
            {webhook.failed > 0 ? <Badge variant="destructive">{webhook.failed} failed</Badge> : null}
          </span>
        }
        actions={<WebhookControls webhook={webhook} actions={CONTROL_ACTIONS} />}
      />
      <div className="grid gap-4">
        <Card>
          <CardHeader>
            <CardTitle>Settings</CardTitle>
          </CardHeader>
          <CardContent>
            <WebhookForm action={updateWebhookAction} events={WEBHOOK_EVENTS} webhook={webhook} />
          </CardContent>
        </Card>
        <section aria-labelledby="delivery-log" className="grid gap-2">
          <h2 id="delivery-log" className="text-base font-semibold">
            Delivery log <span className="text-sm font-normal text-muted-foreground">(the newest {DELIVERY_LOG_SIZE})</span>
          </h2>
          <DeliveryLog rows={deliveries} />
        </section>
      </div>
    </>
  );
}
