import "server-only";
import { createHmac } from "node:crypto";
import { db } from "@/lib/db";
import { UNKNOWN_ADDRESS } from "@/lib/auth/internal/http/client-address";
import { getAuthSecret } from "@/lib/auth/internal/sessions/server";

/**
 * Sign-in throttling, in PostgreSQL so it holds across app instances. Delays rather than locks,
 * so that nobody can use the throttle to keep someone else out:
 * - per (account, source): the first 3 failures in an hour cost nothing; each further failure
 *   makes the next attempt wait, doubling from 2 s up to 5 minutes after the last failure
 *   (pairWaitMs). The source is the browser's device cookie when it holds one for this account
 *   (lib/auth/internal/sign-in/device-cookie.ts), else the address. Without a trusted proxy every new
 *   browser shares the "direct" address: an attacker can make its owner's new browser wait
 *   minutes, never lock it; a browser that signed in before has its own pair and is not slowed.
 *   A success forgives that pair's failures.
 * - per account, from anywhere: beyond 50 failures in an hour each further attempt must wait
 *   2^(failures − 50) seconds after the last failure (at most 15 minutes). This slows a botnet
 *   spread over many addresses; devices that signed in to the account before are exempt.
 * - per address: 100 failures in 10 minutes (password spraying across accounts). Not applied to
 *   UNKNOWN_ADDRESS: without a trusted proxy every caller shares that "address", and one attacker
 *   would lock out everyone (an embassy behind one NAT is the same problem, hence the high bar).
 * An attempt refused for waiting is not judged and does not count: only guesses slow things down.
 */
export const PAIR_FREE_FAILURES = 3;
export const PAIR_WINDOW_MS = 60 * 60_000;
export const MAX_PAIR_WAIT_MS = 5 * 60_000;
export const ADDRESS_MAX_FAILURES = 100;
export const ADDRESS_WINDOW_MS = 10 * 60_000;
export const ACCOUNT_SLOWDOWN_AFTER = 50;
export const ACCOUNT_WINDOW_MS = 60 * 60_000;
export const MAX_ACCOUNT_WAIT_MS = 15 * 60_000;
/** Rows older than this are swept: no window reaches further back. */
const KEEP_MS = 24 * 3_600_000;

/** Where an attempt comes from: the (trusted) address, and the device id when the browser proved one. */
export interface AttemptSource {
  address: string;
  device?: string | null;
}

export type AttemptTicket = { id: string; accountKey: string; bucket: string } | { throttled: true; retryAfterMs: number };

/** An email as typed, trimmed and lower-cased: the form accounts and device cookies are keyed by. */
export function normalizedEmail(email: string): string {
  return email.trim().toLowerCase().slice(0, 320);
}

/**
 * What an attempt's row keeps of the email box: an existing account's email, or else a keyed hash
 * of what was typed. People type passwords into the email box; the hash still lets repeated guesses
 * at one unknown name be counted together, and without the key it cannot be reversed by guessing.
 */
export async function attemptKeyOf(email: string): Promise<string> {
  const key = normalizedEmail(email);
  const account = await db.user.findUnique({ where: { email: key }, select: { id: true } });
  if (account) return key;
  return `hmac:${createHmac("sha256", await getAuthSecret()).update(`parley-sign-in-attempt\u0000${key}`).digest("base64url")}`;
}

/**
 * A password re-check by someone already signed in (changing the password, two-step sign-in set-up)
 * counts under the session: sign-in hammering on the account cannot slow its owner's own account
 * page, and a stolen session still waits longer after each wrong guess at the password behind it.
 */
export function sessionSource(address: string, sessionId: string): AttemptSource {
  return { address, device: `session-${sessionId}` };
}

/** The pair's second half: a known device outranks an address (which many people may share). */
export function bucketOf(source: AttemptSource): string {
  return source.device ? `device:${source.device}` : source.address;
}

/** How long a pair must rest after its last failure, given `failures` in the window; 0 for the first few. */
export function pairWaitMs(failures: number): number {
  if (failures <= PAIR_FREE_FAILURES) return 0;
  return Math.min(2 ** Math.min(failures - PAIR_FREE_FAILURES, 30) * 1000, MAX_PAIR_WAIT_MS);
}

/** How long an account must rest after `failures` failures from anywhere; 0 below the threshold. */
export function accountWaitMs(failures: number): number {
  if (failures < ACCOUNT_SLOWDOWN_AFTER) return 0;
  return Math.min(2 ** Math.min(failures - ACCOUNT_SLOWDOWN_AFTER, 30) * 1000, MAX_ACCOUNT_WAIT_MS);
}

/** "4 seconds", "5 minutes": a wait as the person reads it, rounded up so that it is enough. */
export function describeWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} ${seconds === 1 ? "second" : "seconds"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}

interface Failures {
  count: number;
  oldest: number;
  latest: number;
}

async function failuresWhere(where: { accountKey?: string; address?: string }, since: Date, except: string): Promise<Failures> {
  const result = await db.signInAttempt.aggregate({
    where: { ...where, createdAt: { gt: since }, id: { not: except } },
    _count: { _all: true },
    _min: { createdAt: true },
    _max: { createdAt: true },
  });
  return { count: result._count._all, oldest: result._min.createdAt?.getTime() ?? 0, latest: result._max.createdAt?.getTime() ?? 0 };
}

/**
 * Opens a sign-in attempt. The attempt is written BEFORE the password is checked, so that parallel
 * guesses see each other (as failures not yet judged): a burst of 100 requests cannot slip 100
 * guesses past a check-then-write race. When the caller must wait the attempt is dropped (a refused
 * attempt does not extend the wait) and `{ throttled, retryAfterMs }` returned.
 */
export async function beginAttempt(email: string, source: AttemptSource, now = new Date()): Promise<AttemptTicket> {
  const accountKey = await attemptKeyOf(email);
  const bucket = bucketOf(source);
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const attempt = await db.signInAttempt.create({ data: { accountKey, address: bucket, createdAt: now }, select: { id: true } });
  const [forPair, forAddress, forAccount] = await Promise.all([
    failuresWhere({ accountKey, address: bucket }, ago(PAIR_WINDOW_MS), attempt.id),
    source.address === UNKNOWN_ADDRESS ? null : failuresWhere({ address: source.address }, ago(ADDRESS_WINDOW_MS), attempt.id),
    source.device ? null : failuresWhere({ accountKey }, ago(ACCOUNT_WINDOW_MS), attempt.id),
  ]);
  // No wait owed means none at all, even if a parallel attempt's row is a few ms newer than `now`.
  const restAfterLatest = (failures: Failures | null, wait: (count: number) => number) =>
    failures && wait(failures.count) > 0 ? failures.latest + wait(failures.count) - now.getTime() : 0;
  const waits = [
    restAfterLatest(forPair, pairWaitMs),
    restAfterLatest(forAccount, accountWaitMs),
    // The address is refused until its oldest failure in the window leaves it.
    forAddress && forAddress.count >= ADDRESS_MAX_FAILURES ? forAddress.oldest + ADDRESS_WINDOW_MS - now.getTime() : 0,
  ];
  const retryAfterMs = Math.max(...waits);
  if (retryAfterMs > 0) {
    await db.signInAttempt.deleteMany({ where: { id: attempt.id } });
    return { throttled: true, retryAfterMs };
  }
  return { id: attempt.id, accountKey, bucket };
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
  await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_MS) } } });
}
