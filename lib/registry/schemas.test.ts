import { describe, expect, it } from "vitest";
import { registryHref } from "@/lib/registry/list-params";
import { registryQuerySchema } from "@/lib/registry/schemas";

describe("the registry's URL", () => {
  it("defaults to most meetings first, and to best match while searching", () => {
    expect(registryQuerySchema.parse({})).toEqual({ q: "", page: 1, sort: "meetings", dir: "desc" });
    expect(registryQuerySchema.parse({ q: " aliev " })).toEqual({ q: "aliev", page: 1, sort: "match", dir: "desc" });
    expect(registryQuerySchema.parse({ sort: "name" })).toMatchObject({ sort: "name", dir: "asc" });
  });

  it("falls back part by part on a hand-edited URL instead of failing", () => {
    expect(registryQuerySchema.parse({ sort: "salary", dir: "up", page: "-3" })).toEqual({ q: "", page: 1, sort: "meetings", dir: "desc" });
    expect(registryQuerySchema.parse({ sort: "match" })).toMatchObject({ sort: "meetings" });
    expect(registryQuerySchema.parse({ page: "100000" }).page).toBe(1);
    expect(registryQuerySchema.parse({ q: ["a", "b"], page: ["3"] })).toMatchObject({ q: "a", page: 3 });
  });

  it("writes links without the defaults", () => {
    expect(registryHref("/people", { q: "", page: 1 })).toBe("/people");
    expect(registryHref("/people", { q: "li jian", sort: "lastMet", dir: "asc", page: 2 })).toBe("/people?q=li+jian&sort=lastMet&dir=asc&page=2");
  });
});
