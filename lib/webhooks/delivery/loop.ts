import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { runWebhookDeliveries } from "@/lib/webhooks/delivery/runner";

// A change reaches receivers within about this long; each look is two indexed queries when idle.
const LOOK_EVERY_MS = 5_000;

let started = false;
let running = false;

/** Sends webhook deliveries now and every few seconds. Started once per server process by instrumentation.ts. */
export function startWebhookDeliveryLoop(): void {
  if (started) return;
  started = true;
  const run = async () => {
    if (running) return; // the last run is still sending: never two at once in one process
    running = true;
    try {
      const summary = await runWebhookDeliveries(db, { now: new Date() });
      if (summary.queued + summary.delivered + summary.retrying + summary.failed > 0) logger.info(summary, "webhook deliveries");
    } catch (error) {
      logger.error({ err: error }, "webhook deliveries could not run");
    } finally {
      running = false;
    }
  };
  void run();
  setInterval(() => void run(), LOOK_EVERY_MS).unref();
}
