import { describe, expect, it } from "vitest";
import { chartScale, periodLabels } from "@/components/charts/chart-scale";

describe("the chart's value axis", () => {
  it.each([
    [1, 1, [0, 1]],
    [3, 3, [0, 1, 2, 3]],
    [7, 8, [0, 2, 4, 6, 8]],
    [37, 40, [0, 10, 20, 30, 40]],
    [168_630, 200_000, [0, 50_000, 100_000, 150_000, 200_000]],
  ])("a peak of %i tops out at %i with round gridlines", (peak, max, ticks) => {
    expect(chartScale(peak)).toEqual({ max, ticks });
  });

  it("never draws more than four gridlines above zero, nor a top below the peak", () => {
    for (let peak = 1; peak < 5000; peak += 7) {
      const { max, ticks } = chartScale(peak);
      expect(max).toBeGreaterThanOrEqual(peak);
      expect(ticks.length).toBeLessThanOrEqual(5);
      expect(ticks.every(Number.isInteger)).toBe(true);
    }
  });
});

describe("the chart's period labels", () => {
  it("labels every period when there are few", () => {
    expect([...periodLabels(["2023", "2024", "2025"])]).toEqual(["2023", "2024", "2025"]);
  });

  it("labels at most eight of sixty years, evenly, the latest always", () => {
    const years = Array.from({ length: 61 }, (_, i) => String(1966 + i));
    expect([...periodLabels(years)]).toEqual(["1970", "1978", "1986", "1994", "2002", "2010", "2018", "2026"]);
  });
});
