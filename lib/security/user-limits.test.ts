import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HTTP_STATUS } from "@/lib/errors";
import { inWords, RetryLaterError, USER_LIMITS, UserLimiter, type UserLimitRule } from "@/lib/security/user-limits";

const RULES = {
  download: { label: "exports", concurrent: 1, budget: { starts: 3, windowMs: 10 * 60_000 }, busyRetryAfterMs: 60_000 },
  lookup: { label: "searches", concurrent: 2, waitMs: 5_000, busyRetryAfterMs: 5_000 },
} satisfies Record<string, UserLimitRule>;

let clock = 0;
const limiter = () => new UserLimiter<keyof typeof RULES>(RULES, () => clock);

async function refusal(promise: Promise<unknown>): Promise<RetryLaterError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(RetryLaterError);
  return error as RetryLaterError;
}

beforeEach(() => {
  clock = 1_000_000;
});
afterEach(() => {
  vi.useRealTimers();
});

describe("per-user concurrency", () => {
  it("refuses a user's run beyond their slots with a 429 that says when to try again, and lets other users through", async () => {
    const limits = limiter();
    const release = await limits.acquire("ana", "download");
    const error = await refusal(limits.acquire("ana", "download"));
    expect(error.code).toBe("throttled");
    expect(HTTP_STATUS[error.code]).toBe(429);
    expect(error.message).toBe("One of your exports is still running. Try again when it has finished, or in 60 seconds.");
    expect(error.retryAfterSeconds).toBe(60);
    // Another user is not held back by Ana's export.
    (await limits.acquire("ben", "download"))();
    release();
    (await limits.acquire("ana", "download"))();
  });

  it("gives the slot back however the work ends, and a release called twice frees one slot only", async () => {
    const limits = limiter();
    await expect(limits.run("ana", "download", () => Promise.reject(new Error("database gone")))).rejects.toThrow("database gone");
    await expect(limits.run("ana", "download", () => { throw new Error("sync failure"); })).rejects.toThrow("sync failure");
    expect(await limits.run("ana", "download", () => "rows")).toBe("rows");
    const twoSlots = await Promise.all([limits.acquire("ana", "lookup"), limits.acquire("ana", "lookup")]);
    twoSlots[0]!();
    twoSlots[0]!();
    const third = await limits.acquire("ana", "lookup");
    vi.useFakeTimers();
    const fourth = refusal(limits.acquire("ana", "lookup"));
    await vi.advanceTimersByTimeAsync(5_000);
    expect((await fourth).message).toMatch(/^2 of your searches are still running\. Try again when one has finished/);
    third();
    twoSlots[1]!();
  });

  it("lets a run wait for a slot, first come first served, and refuses it when the wait runs out", async () => {
    vi.useFakeTimers();
    const limits = limiter();
    const held = await Promise.all([limits.acquire("ana", "lookup"), limits.acquire("ana", "lookup")]);
    expect(limits.usage("ana", "lookup")).toEqual({ running: 2, waiting: 0 });
    const order: string[] = [];
    const first = limits.acquire("ana", "lookup").then((release) => (order.push("first"), release));
    const second = limits.acquire("ana", "lookup").then((release) => (order.push("second"), release));
    // Waiting runs are capped at the number of slots: a fifth is refused at once.
    await refusal(limits.acquire("ana", "lookup"));
    expect(limits.usage("ana", "lookup")).toEqual({ running: 2, waiting: 2 });
    held[0]!();
    held[1]!();
    (await first)();
    (await second)();
    expect(order).toEqual(["first", "second"]);

    // A run that waits 4,999 ms gets the slot freed then; one that waits the whole 5 s is refused.
    const busy = await Promise.all([limits.acquire("ana", "lookup"), limits.acquire("ana", "lookup")]);
    const patient = limits.acquire("ana", "lookup");
    await vi.advanceTimersByTimeAsync(4_999);
    busy[0]!();
    const granted = await patient;
    const timedOut = refusal(limits.acquire("ana", "lookup"));
    await vi.advanceTimersByTimeAsync(5_000);
    expect((await timedOut).retryAfterSeconds).toBe(5);
    granted();
    busy[1]!();
  });
});

describe("per-user budget", () => {
  it("refuses starts beyond the budget until the oldest leaves the window, and says when", async () => {
    const limits = limiter();
    for (let minute = 0; minute < 3; minute++) {
      (await limits.acquire("ana", "download"))();
      clock += 60_000;
    }
    // Three starts at minutes 0, 1 and 2; now minute 3: the first leaves the window at minute 10.
    const error = await refusal(limits.acquire("ana", "download"));
    expect(error.message).toBe("You have started 3 exports in the last 10 minutes, the most allowed. Try again in 7 minutes.");
    expect(error.retryAfterSeconds).toBe(7 * 60);
    (await limits.acquire("ben", "download"))();
    clock += 7 * 60_000;
    (await limits.acquire("ana", "download"))();
  });

  it("does not count refused attempts against the budget", async () => {
    const limits = limiter();
    const release = await limits.acquire("ana", "download");
    for (let i = 0; i < 5; i++) await refusal(limits.acquire("ana", "download"));
    release();
    (await limits.acquire("ana", "download"))();
    (await limits.acquire("ana", "download"))();
    await refusal(limits.acquire("ana", "download"));
  });
});

describe("memory", () => {
  it("forgets a user once nothing of theirs runs or waits, keeping only starts a budget still counts", async () => {
    const limits = limiter();
    for (let user = 0; user < 100; user++) await limits.run(`user-${user}`, "lookup", () => "rows");
    expect(limits.size).toBe(0);
    await limits.run("ana", "download", () => "rows");
    expect(limits.size).toBe(1);
    await expect(limits.run("ben", "download", () => Promise.reject(new Error("failed")))).rejects.toThrow("failed");
    expect(limits.size).toBe(2);
    clock += 10 * 60_000;
    // Ana's first start has left the window: only her new one is kept.
    await limits.run("ana", "download", () => "rows");
    await limits.run("ana", "download", () => "rows");
    await limits.run("ana", "download", () => "rows");
    await refusal(limits.acquire("ana", "download"));
  });
});

describe("the limits in force", () => {
  it("cover every expensive action, each with at least one slot and a retry hint", () => {
    expect(Object.keys(USER_LIMITS).sort()).toEqual(["bulkTag", "export", "extraction", "merge", "search"]);
    for (const rule of Object.values(USER_LIMITS) as UserLimitRule[]) {
      expect(rule.concurrent).toBeGreaterThanOrEqual(1);
      expect(rule.busyRetryAfterMs).toBeGreaterThan(0);
    }
  });

  it("say when to try again in words", () => {
    expect(inWords(1)).toBe("in 1 second");
    expect(inWords(5_000)).toBe("in 5 seconds");
    expect(inWords(89_000)).toBe("in 89 seconds");
    expect(inWords(7 * 60_000)).toBe("in 7 minutes");
  });
});
