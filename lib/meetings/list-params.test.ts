import { describe, expect, it } from "vitest";
import { effectiveSort, hasActiveFilters, meetingsTableHref, readValues, toggleValue } from "@/lib/meetings/list-params";

describe("the list's URL state", () => {
  it("sorts by relevance while searching and newest first otherwise", () => {
    expect(effectiveSort({ q: "Baku", sort: null, dir: null })).toEqual({ sort: "relevance", dir: "desc" });
    expect(effectiveSort({ q: "", sort: null, dir: null })).toEqual({ sort: "date", dir: "desc" });
    expect(effectiveSort({ q: "", sort: "relevance", dir: "asc" })).toEqual({ sort: "date", dir: "asc" });
    expect(effectiveSort({ q: "", sort: "title", dir: null })).toEqual({ sort: "title", dir: "asc" });
  });

  it("includes, excludes and removes facet values in a comma list", () => {
    expect(toggleValue(null, "AZ", "include")).toBe("AZ");
    expect(toggleValue("AZ", "CN", "include")).toBe("AZ,CN");
    expect(toggleValue("AZ,CN", "AZ", "include")).toBe("CN");
    expect(toggleValue("AZ", "RU", "exclude")).toBe("AZ,-RU");
    expect(toggleValue("AZ,-RU", "RU", "include")).toBe("AZ,RU");
    expect(toggleValue("-RU", "RU", "exclude")).toBeNull();
    expect(readValues("AZ, -RU,,CN")).toEqual({ include: ["AZ", "CN"], exclude: ["RU"] });
  });

  it("knows when the view is filtered", () => {
    const none = { q: "", country: null, person: null, organization: null, topic: null, tag: null, kind: null, status: null };
    const rest = { outlet: null, year: null, pair: null, from: null, to: null, sort: null, dir: null, page: 3, after: null, before: null, size: null, cols: null };
    expect(hasActiveFilters({ ...none, ...rest })).toBe(false);
    expect(hasActiveFilters({ ...none, ...rest, pair: "AZ,CN" })).toBe(true);
  });
});

describe("meetingsTableHref", () => {
  it("writes the table's parameters as the facets do, leaving out what is unset", () => {
    expect(meetingsTableHref({ person: "0190a000-0000-7000-8000-000000000001" })).toBe("/meetings?person=0190a000-0000-7000-8000-000000000001");
    expect(meetingsTableHref({ country: toggleValue(null, "AZ", "exclude") })).toBe("/meetings?country=-AZ");
    expect(meetingsTableHref({ pair: "AZ,RU" })).toBe("/meetings?pair=AZ,RU");
    expect(meetingsTableHref({})).toBe("/meetings");
  });
});
