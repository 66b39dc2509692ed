import type { Instrumentation } from "next";

// Background work every instance takes part in: merge jobs, imports and ingest batches resumed when the
// instance running them stopped (a crash, a deploy), webhook deliveries and the inbox's fan-out,
// each read from the changes feed at its own cursor. Each is safe with several instances.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("@/lib/env");
  if (env.PARLEY_BACKGROUND_WORK === "off") return;
  (await import("@/lib/entities/merge-jobs/sweeper")).startMergeJobSweeper();
  (await import("@/lib/webhooks/delivery/loop")).startWebhookDeliveryLoop();
  (await import("@/lib/ingest/sweeper")).startIngestSweeper();
  (await import("@/lib/inbox/fan-out-worker")).startInboxFanOut();
  (await import("@/lib/import/sweeper")).startImportJobSweeper();
}

// Every error a page, route handler or server action throws is logged once, as one structured
// line with the request id; the analyst sees app/error.tsx (with the digest), never a stack.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  // Next's own variable (set per runtime), not configuration: pino needs Node.js.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger, REQUEST_ID_HEADER } = await import("@/lib/logger");
  const headerValue = request.headers[REQUEST_ID_HEADER];
  const digest = (error as { digest?: string }).digest;
  logger.error(
    {
      requestId: Array.isArray(headerValue) ? headerValue[0] : headerValue,
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
      digest,
      err: error,
    },
    "request failed",
  );
};
