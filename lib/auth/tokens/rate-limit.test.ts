import { describe, expect, it } from "vitest";
import { FixedWindowLimiter } from "@/lib/auth/tokens/rate-limit";

describe("the per-token limiter", () => {
  it("allows the limit in a window, refuses the next with the seconds left, and opens again in the next window", () => {
    const limiter = new FixedWindowLimiter(3, 60_000);
    expect([limiter.take("a", 0), limiter.take("a", 1), limiter.take("a", 2)]).toEqual([null, null, null]);
    expect(limiter.take("a", 30_000)).toBe(30);
    expect(limiter.take("b", 30_000)).toBeNull();
    expect(limiter.take("a", 60_000)).toBeNull();
  });

  it("never tells a caller to wait less than a second", () => {
    const limiter = new FixedWindowLimiter(1, 60_000);
    limiter.take("a", 0);
    expect(limiter.take("a", 59_999)).toBe(1);
  });
});
