/**
 * Requests per token per minute. A fixed window kept in this process's memory: with several app
 * instances behind a balancer each counts its own, so a token may reach N × the limit (decision
 * 0040 says why that is acceptable: the limit stops a runaway script, not an attacker, who would
 * need a valid token first).
 */
export const API_REQUESTS_PER_MINUTE = 120;
const WINDOW_MS = 60_000;

interface Window {
  startedAt: number;
  count: number;
}

export class FixedWindowLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number = WINDOW_MS,
  ) {}

  /** Counts one request; null when allowed, else the seconds until the window ends. */
  take(key: string, now: number = Date.now()): number | null {
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      if (!window) this.forgetFinished(now);
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count >= this.limit) return Math.max(1, Math.ceil((window.startedAt + this.windowMs - now) / 1000));
    window.count += 1;
    return null;
  }

  // Tokens that went quiet leave their window behind; dropped when a new one starts.
  private forgetFinished(now: number): void {
    for (const [key, window] of this.windows) if (now - window.startedAt >= this.windowMs) this.windows.delete(key);
  }
}

export const apiRateLimiter = new FixedWindowLimiter(API_REQUESTS_PER_MINUTE);
