import "server-only";
import { db } from "@/lib/db";

/** Failures allowed per account and per client address within the window. */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 10 * 60_000;

export type AttemptTicket = { id: string; accountKey: string } | { throttled: true };

/** The key failures of an email are counted under: what was typed, trimmed and lower-cased. */
export function accountKeyOf(email: string): string {
  return email.trim().toLowerCase().slice(0, 320);
}

/**
 * Opens a sign-in attempt. The attempt is written BEFORE the password is checked, so that parallel
 * guesses see each other: a burst of 100 requests cannot slip 100 guesses past a check-then-write
 * race. If the account or the address already has MAX_FAILURES in the window the attempt is
 * dropped (refused attempts do not extend the lock, so the right password works once the window
 * has passed) and `{ throttled: true }` returned.
 */
export async function beginAttempt(email: string, address: string, now = new Date()): Promise<AttemptTicket> {
  const accountKey = accountKeyOf(email);
  const since = new Date(now.getTime() - WINDOW_MS);
  const attempt = await db.signInAttempt.create({ data: { accountKey, address, createdAt: now }, select: { id: true } });
  const [forAccount, forAddress] = await Promise.all([
    db.signInAttempt.count({ where: { accountKey, createdAt: { gt: since }, id: { not: attempt.id } } }),
    db.signInAttempt.count({ where: { address, createdAt: { gt: since }, id: { not: attempt.id } } }),
  ]);
  if (forAccount >= MAX_FAILURES || forAddress >= MAX_FAILURES) {
    await db.signInAttempt.deleteMany({ where: { id: attempt.id } });
    return { throttled: true };
  }
  return { id: attempt.id, accountKey };
}

/** The password was right: the account's failures are forgiven (another account's are not). */
export async function attemptSucceeded(ticket: { accountKey: string }): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { accountKey: ticket.accountKey } });
}

/** The attempt failed: its row stays and counts. Rows older than a day are swept here. */
export async function attemptFailed(now = new Date()): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * 3_600_000) } } });
}
