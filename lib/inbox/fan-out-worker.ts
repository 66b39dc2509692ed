import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { drainInbox } from "@/lib/inbox/fan-out";

// An idle look is one indexed read of the cursor row and one of the feed: every few seconds costs
// nothing worth measuring, and a watcher hears of a change within that.
const LOOK_EVERY_MS = 3_000;

let started = false;

/**
 * Turns new changes in the feed into inbox items now and every few seconds. Started once per server
 * process by instrumentation.ts; several instances share the work through the cursor row's lock.
 */
export function startInboxFanOut(): void {
  if (started) return;
  started = true;
  let running = false;
  const look = () => {
    // One batch run at a time per process; the lock keeps instances apart.
    if (running) return;
    running = true;
    drainInbox(db)
      .catch((error: unknown) => logger.error({ err: error }, "could not turn changes into inbox items"))
      .finally(() => {
        running = false;
      });
  };
  look();
  setInterval(look, LOOK_EVERY_MS).unref();
}
