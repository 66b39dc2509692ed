/** A new webhook's secret, shown once: the receiver needs it to check signatures. */
export function WebhookSecret({ secret }: { secret: string }) {
  return (
    <div role="status" className="grid gap-1 rounded-md border border-success/40 px-3 py-2 text-sm">
      <p>Webhook added. Copy its secret into the receiver now: it is not shown again (enter a new one on the webhook&apos;s page if it is lost).</p>
      <code className="font-mono text-base break-all select-all" data-testid="webhook-secret">
        {secret}
      </code>
    </div>
  );
}
