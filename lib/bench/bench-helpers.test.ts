import { describe, expect, it } from "vitest";
import { misspell } from "@/lib/bench/scenarios";
import { summarise } from "@/lib/bench/timing";

describe("summarise", () => {
  it("takes nearest-rank percentiles: with 100 samples p95 is the 95th and p99 the 99th value", () => {
    const stats = summarise(Array.from({ length: 100 }, (_, i) => 100 - i));
    expect(stats).toMatchObject({ samples: 100, medianMs: 50, p95Ms: 95, p99Ms: 99, minMs: 1, maxMs: 100 });
  });

  it("gives the slowest sample as p99 when there are fewer than 100", () => {
    expect(summarise([3, 1, 2, 40]).p99Ms).toBe(40);
  });
});

describe("misspell", () => {
  it("drops one letter from the middle of the name's longest word", () => {
    expect(misspell("Liu Jianchao")).toBe("Liu Jianhao");
    expect(misspell("Sahiba Gafarova")).toBe("Sahiba Gafaova");
  });
});
