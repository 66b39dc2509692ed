import { describe, expect, it } from "vitest";
import { FACET_KEYS, PARAM_LABELS } from "@/lib/meetings/search/filter-schema";
import { normaliseViewQuery } from "@/lib/views/internal/schemas";

describe("a saved view's query", () => {
  it("keeps every filter, the search, sort, size and columns, and drops paging and anything else", () => {
    const params = new URLSearchParams({ q: "corridor", page: "3", after: "2.2024-01-01.x", utm: "mail" });
    for (const key of Object.keys(PARAM_LABELS)) if (key !== "page") params.set(key, `value-${key}`);
    const kept = new URLSearchParams(normaliseViewQuery(params.toString()));
    for (const key of [...FACET_KEYS, "pair", "from", "to", "sort", "dir", "size", "cols", "q"]) expect(kept.has(key), key).toBe(true);
    for (const key of ["page", "after", "utm"]) expect(kept.has(key), key).toBe(false);
  });
});
