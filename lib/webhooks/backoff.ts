/** Attempts after which a delivery is marked failed: about three hours of retries (docs/webhooks.md). */
export const MAX_DELIVERY_ATTEMPTS = 10;
const FIRST_RETRY_MS = 30_000;
const LONGEST_WAIT_MS = 60 * 60_000;

/**
 * How long to wait after failed attempt number `attempts` (1 = the first): 30 s doubling up to an
 * hour, of which the second half is random ("equal jitter") so receivers that came back up are not
 * hit by every sender at the same moment.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(LONGEST_WAIT_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
