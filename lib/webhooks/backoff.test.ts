import { describe, expect, it } from "vitest";
import { retryDelayMs } from "@/lib/webhooks/backoff";

describe("retry waits", () => {
  it("double from 30 s up to an hour, the second half of each random", () => {
    expect([1, 2, 3, 8, 9, 20].map((attempts) => retryDelayMs(attempts, () => 1))).toEqual([30_000, 60_000, 120_000, 3_600_000, 3_600_000, 3_600_000]);
    expect(retryDelayMs(1, () => 0)).toBe(15_000);
    expect(retryDelayMs(3, () => 0.5)).toBe(90_000);
  });
});
