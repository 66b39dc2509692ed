import { beforeEach, describe, expect, it, vi } from "vitest";
import { cachedFacetCounts, FACET_TTL_MS, facetCacheKey, forgetFacetCounts } from "@/lib/meetings/internal/search/facet-cache";
import { parseMeetingView } from "@/lib/meetings/search/filter-schema";

const keyOf = (query: string) => facetCacheKey(parseMeetingView(new URLSearchParams(query)).view, ["country"]);

describe("facet counts cache", () => {
  beforeEach(() => forgetFacetCounts());

  it("keys a view by its filter, not by its page, sort, page size or columns", () => {
    expect(keyOf("country=AZ&page=3&sort=title&size=50&cols=date,title")).toBe(keyOf("country=AZ"));
    expect(keyOf("country=AZ")).not.toBe(keyOf("country=-AZ"));
    expect(keyOf("q=trade")).not.toBe(keyOf("q=trade&from=2024-01-01"));
  });

  it("counts once for requests of one view that arrive together, and again once they expire", async () => {
    const compute = vi.fn(async () => "counts");
    const now = 1_000_000;
    await Promise.all([cachedFacetCounts("view", compute, now), cachedFacetCounts("view", compute, now)]);
    expect(compute).toHaveBeenCalledTimes(1);
    await cachedFacetCounts("view", compute, now + FACET_TTL_MS - 1);
    expect(compute).toHaveBeenCalledTimes(1);
    await cachedFacetCounts("view", compute, now + FACET_TTL_MS);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("counts afresh after a meeting changed", async () => {
    const compute = vi.fn(async () => "counts");
    await cachedFacetCounts("view", compute);
    forgetFacetCounts();
    await cachedFacetCounts("view", compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("does not keep a failure", async () => {
    const failing = vi.fn(async () => {
      throw new Error("statement timeout");
    });
    await expect(cachedFacetCounts("view", failing)).rejects.toThrow("statement timeout");
    await expect(cachedFacetCounts("view", async () => "counts")).resolves.toBe("counts");
  });

  it("keeps at most 500 views, dropping the least recently used", async () => {
    const compute = vi.fn(async () => "counts");
    await cachedFacetCounts("first", compute);
    for (let index = 0; index < 500; index++) await cachedFacetCounts(`view ${index}`, async () => "other");
    await cachedFacetCounts("first", compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
