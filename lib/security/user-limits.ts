import { AppError } from "@/lib/errors";

// Per-user limits on work that costs the server far more than the request that asks for it. Kept
// in this process's memory: cheap, nothing to clean up, and enough to stop one user (or one
// script with their session) from taking every connection or core. Each app instance keeps its own
// counts, so behind a load balancer a user gets these limits once per instance.

export interface UserLimitRule {
  /** What the analyst is doing, as the refusal says it ("exports", "searches"). */
  label: string;
  /** Runs of this action one user may have going at once. */
  concurrent: number;
  /**
   * How long a run waits for one of the user's slots before it is refused; 0 refuses at once.
   * Worth it where the newest request is the one the analyst wants (the search they typed last).
   */
  waitMs?: number;
  /** Starts per user within a sliding window; none: only `concurrent` applies. */
  budget?: { starts: number; windowMs: number };
  /** The Retry-After offered when refused for want of a free slot (how long a run usually takes). */
  busyRetryAfterMs: number;
}

/** The limits, with why each number is what it is. bulkTag: lib/meetings/search/bulk-tag.ts; merge: the people, organisation and tag merges. */
export const USER_LIMITS = {
  // Each export holds a PostgreSQL connection of its own and a snapshot for minutes; only three
  // run per process, so one per user keeps two free for colleagues. 20 starts in 10 minutes is a
  // view a minute for an analyst downloading several, and stops a script that opens and cancels.
  export: { label: "exports", concurrent: 1, budget: { starts: 20, windowMs: 10 * 60_000 }, busyRetryAfterMs: 60_000 },
  // A search holds a pooled connection up to its 5 s limit. Typing sends a search per pause, and
  // the server finishes the ones nobody waits for: four at once covers that, and a fifth waits
  // (up to the same 5 s) for one of them instead of refusing the search typed last. No budget:
  // one analyst's searches in a row are paced by their own answers, and paging must never stop.
  search: { label: "searches", concurrent: 4, waitMs: 5_000, busyRetryAfterMs: 5_000 },
  // Extraction is CPU on a worker thread (lib/extraction/pool/), ended after 4 s. An analyst asks
  // once per wire item; one at a time and 10 a minute keep one user from holding the pool.
  extraction: { label: "suggestion runs", concurrent: 1, waitMs: 2_000, budget: { starts: 10, windowMs: 60_000 }, busyRetryAfterMs: 2_000 },
  // A bulk run or a merge locks and rewrites up to thousands of meetings and writes a revision for
  // each: one at a time per user, and 30 in 10 minutes (one every 20 s) caps what one user can
  // add to the append-only revisions.
  bulkTag: { label: "bulk tag runs", concurrent: 1, budget: { starts: 30, windowMs: 10 * 60_000 }, busyRetryAfterMs: 30_000 },
  merge: { label: "merges", concurrent: 1, budget: { starts: 30, windowMs: 10 * 60_000 }, busyRetryAfterMs: 30_000 },
} satisfies Record<string, UserLimitRule>;

export type LimitedAction = keyof typeof USER_LIMITS;

/** A refusal that says when to try again: `throttled` (HTTP 429), with the seconds for Retry-After. */
export class RetryLaterError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterMs: number, internal?: string) {
    super("throttled", message, { internal });
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  }
}

export function isRetryLaterError(error: unknown): error is RetryLaterError {
  return error instanceof RetryLaterError;
}

/** "in 5 seconds", "in 2 minutes": when to try again, in words. */
export function inWords(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return `in ${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `in ${minutes} minutes`;
}

/** Gives a slot back; calling it again does nothing. */
export type Release = () => void;

interface Usage {
  running: number;
  /** Runs waiting for a slot, first come first served. */
  waiting: { grant: () => void }[];
  /** When each run within the budget's window started, oldest first. */
  starts: number[];
}

export class UserLimiter<Action extends string> {
  private readonly entries = new Map<string, Usage>();

  constructor(
    private readonly rules: Record<Action, UserLimitRule>,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * One of `userId`'s slots for `action`, held until the returned release is called; waits up to
   * the rule's `waitMs` for one. Throws a RetryLaterError when the user is over the action's budget
   * or has every slot busy.
   */
  async acquire(userId: string, action: Action): Promise<Release> {
    const rule = this.rules[action];
    const key = `${action}\u0000${userId}`;
    const usage = this.entries.get(key) ?? { running: 0, waiting: [], starts: [] };
    this.entries.set(key, usage);
    try {
      this.checkBudget(usage, rule);
      // Waiting runs beyond the slots' number would only pile up: refuse them at once.
      if (usage.running >= rule.concurrent && (!rule.waitMs || usage.waiting.length >= rule.concurrent)) throw this.busy(rule);
      if (usage.running >= rule.concurrent) await this.waitForSlot(usage, rule);
      else usage.running++;
      if (rule.budget) usage.starts.push(this.now());
    } catch (error) {
      this.forget(key, usage, rule);
      throw error;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = usage.waiting.shift();
      // The slot goes straight to the first waiting run, so a new arrival cannot overtake it.
      if (next) next.grant();
      else usage.running--;
      this.forget(key, usage, rule);
    };
  }

  /** How many of a user's runs of `action` hold a slot and how many wait for one (for logs and tests). */
  usage(userId: string, action: Action): { running: number; waiting: number } {
    const usage = this.entries.get(`${action}\u0000${userId}`);
    return { running: usage?.running ?? 0, waiting: usage?.waiting.length ?? 0 };
  }

  /** Users × actions with anything running, waiting or counted: what this limiter keeps in memory. */
  get size(): number {
    return this.entries.size;
  }

  /** Runs `work` in one of the user's slots for `action`, giving the slot back however it ends. */
  async run<T>(userId: string, action: Action, work: () => Promise<T> | T): Promise<T> {
    const release = await this.acquire(userId, action);
    try {
      return await work();
    } finally {
      release();
    }
  }

  private checkBudget(usage: Usage, rule: UserLimitRule) {
    if (!rule.budget) return;
    const { starts, windowMs } = rule.budget;
    this.prune(usage, rule);
    if (usage.starts.length < starts) return;
    const wait = usage.starts[0]! + windowMs - this.now();
    const span = windowMs <= 60_000 ? "minute" : `${Math.round(windowMs / 60_000)} minutes`;
    throw new RetryLaterError(`You have started ${starts} ${rule.label} in the last ${span}, the most allowed. Try again ${inWords(wait)}.`, wait);
  }

  private busy(rule: UserLimitRule): RetryLaterError {
    const running = rule.concurrent === 1 ? `One of your ${rule.label} is still running` : `${rule.concurrent} of your ${rule.label} are still running`;
    const which = rule.concurrent === 1 ? "it has" : "one has";
    return new RetryLaterError(`${running}. Try again when ${which} finished, or ${inWords(rule.busyRetryAfterMs)}.`, rule.busyRetryAfterMs);
  }

  private waitForSlot(usage: Usage, rule: UserLimitRule): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const waiter = {
        grant: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        usage.waiting.splice(usage.waiting.indexOf(waiter), 1);
        reject(this.busy(rule));
      }, rule.waitMs);
      usage.waiting.push(waiter);
    });
  }

  /** Forgets starts that have left the budget's window. */
  private prune(usage: Usage, rule: UserLimitRule) {
    const since = this.now() - (rule.budget?.windowMs ?? 0);
    while (usage.starts.length > 0 && usage.starts[0]! <= since) usage.starts.shift();
  }

  /**
   * Drops a user's entry once nothing of theirs is running, waiting or counted. An entry kept for
   * its starts holds at most the budget's number of them, so memory stays bounded by the users.
   */
  private forget(key: string, usage: Usage, rule: UserLimitRule) {
    this.prune(usage, rule);
    if (usage.running === 0 && usage.waiting.length === 0 && usage.starts.length === 0) this.entries.delete(key);
  }
}

/** This process's limits. */
export const userLimits = new UserLimiter<LimitedAction>(USER_LIMITS);

/**
 * Runs `work` within the caller's limit for `action` (one line at a call site):
 * `return withUserLimit(user.id, "merge", () => mergeTags(...))`. Refused: RetryLaterError (429).
 */
export function withUserLimit<T>(userId: string, action: LimitedAction, work: () => Promise<T> | T): Promise<T> {
  return userLimits.run(userId, action, work);
}

/** A slot for work that outlives the call that starts it (a streamed export): call the release when it ends. */
export function acquireUserSlot(userId: string, action: LimitedAction): Promise<Release> {
  return userLimits.acquire(userId, action);
}
