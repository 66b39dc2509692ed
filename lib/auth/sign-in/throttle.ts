import "server-only";
import { db } from "@/lib/db";
import { UNKNOWN_ADDRESS } from "@/lib/auth/http/client-address";

/**
 * Sign-in throttling, in PostgreSQL so it holds across app instances. Three counters, so that
 * nobody can use the lock against someone else:
 * - per (account, source): 5 failures in 10 minutes lock that pair. The source is the browser's
 *   device cookie when it holds one for this account (lib/auth/sign-in/device-cookie.ts), else the address.
 *   An attacker hammering an account locks only their own pair; the owner's device still works.
 * - per account, from anywhere: beyond 50 failures in an hour each further attempt must wait
 *   2^(failures − 50) seconds after the last failure (at most 15 minutes). This slows a botnet
 *   spread over many addresses; devices that signed in to the account before are exempt.
 * - per address: 100 failures in 10 minutes (password spraying across accounts). Not applied to
 *   UNKNOWN_ADDRESS: without a trusted proxy every caller shares that "address", and one attacker
 *   would lock out everyone (an embassy behind one NAT is the same problem, hence the high bar).
 */
export const PAIR_MAX_FAILURES = 5;
export const ADDRESS_MAX_FAILURES = 100;
export const ACCOUNT_SLOWDOWN_AFTER = 50;
export const WINDOW_MS = 10 * 60_000;
export const ACCOUNT_WINDOW_MS = 60 * 60_000;
export const MAX_ACCOUNT_WAIT_MS = 15 * 60_000;

/** Where an attempt comes from: the (trusted) address, and the device id when the browser proved one. */
export interface AttemptSource {
  address: string;
  device?: string | null;
}

export type AttemptTicket = { id: string; accountKey: string; bucket: string } | { throttled: true };

/** The key failures of an email are counted under: what was typed, trimmed and lower-cased. */
export function accountKeyOf(email: string): string {
  return email.trim().toLowerCase().slice(0, 320);
}

/**
 * A password re-check by someone already signed in (changing the password, two-step sign-in set-up)
 * counts under the session: sign-in hammering on the account cannot block its owner's own account
 * page, and a stolen session still gets only 5 guesses per window at the password behind it.
 */
export function sessionSource(address: string, sessionId: string): AttemptSource {
  return { address, device: `session-${sessionId}` };
}

/** The pair's second half: a known device outranks an address (which many people may share). */
export function bucketOf(source: AttemptSource): string {
  return source.device ? `device:${source.device}` : source.address;
}

/** How long an account must rest after `failures` failures from anywhere; 0 below the threshold. */
export function accountWaitMs(failures: number): number {
  if (failures < ACCOUNT_SLOWDOWN_AFTER) return 0;
  return Math.min(2 ** Math.min(failures - ACCOUNT_SLOWDOWN_AFTER, 30) * 1000, MAX_ACCOUNT_WAIT_MS);
}

/**
 * Opens a sign-in attempt. The attempt is written BEFORE the password is checked, so that parallel
 * guesses see each other: a burst of 100 requests cannot slip 100 guesses past a check-then-write
 * race. When a limit is reached the attempt is dropped (refused attempts do not extend the lock, so
 * the right password works once the window has passed) and `{ throttled: true }` returned.
 */
export async function beginAttempt(email: string, source: AttemptSource, now = new Date()): Promise<AttemptTicket> {
  const accountKey = accountKeyOf(email);
  const bucket = bucketOf(source);
  const since = new Date(now.getTime() - WINDOW_MS);
  const attempt = await db.signInAttempt.create({ data: { accountKey, address: bucket, createdAt: now }, select: { id: true } });
  const others = { id: { not: attempt.id } };
  const [forPair, forAddress, forAccount] = await Promise.all([
    db.signInAttempt.count({ where: { accountKey, address: bucket, createdAt: { gt: since }, ...others } }),
    source.address === UNKNOWN_ADDRESS
      ? 0
      : db.signInAttempt.count({ where: { address: source.address, createdAt: { gt: since }, ...others } }),
    source.device ? null : accountFailures(accountKey, now, attempt.id),
  ]);
  const accountResting = forAccount !== null && forAccount.count > 0 && now.getTime() - forAccount.latest < accountWaitMs(forAccount.count);
  if (forPair >= PAIR_MAX_FAILURES || forAddress >= ADDRESS_MAX_FAILURES || accountResting) {
    await db.signInAttempt.deleteMany({ where: { id: attempt.id } });
    return { throttled: true };
  }
  return { id: attempt.id, accountKey, bucket };
}

async function accountFailures(accountKey: string, now: Date, except: string): Promise<{ count: number; latest: number }> {
  const result = await db.signInAttempt.aggregate({
    where: { accountKey, createdAt: { gt: new Date(now.getTime() - ACCOUNT_WINDOW_MS) }, id: { not: except } },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  return { count: result._count._all, latest: result._max.createdAt?.getTime() ?? 0 };
}

/**
 * The password was right: this pair's failures are forgiven. Other sources' failures stay, so the
 * owner signing in does not hand a hammering attacker a fresh set of guesses.
 */
export async function attemptSucceeded(ticket: { accountKey: string; bucket: string }): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { accountKey: ticket.accountKey, address: ticket.bucket } });
}

/** The attempt was not a guess (say, a deactivated account with the right password): it does not count. */
export async function attemptVoided(ticket: { id: string }): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { id: ticket.id } });
}

/** The attempt failed: its row stays and counts. Rows older than a day are swept here. */
export async function attemptFailed(now = new Date()): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * 3_600_000) } } });
}
