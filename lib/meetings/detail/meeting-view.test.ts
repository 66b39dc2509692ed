import { describe, expect, it } from "vitest";
import { groupBySide, safeHttpUrl, segmentText, toMeetingView, type ParticipantItem, type ViewLookups } from "@/lib/meetings/detail/meeting-view";
import type { SnapshotRecord } from "@/lib/meetings/write/snapshot";

describe("safeHttpUrl", () => {
  it("keeps http and https addresses and refuses every other scheme", () => {
    expect(safeHttpUrl("https://example.org/a")).toBe("https://example.org/a");
    expect(safeHttpUrl("http://example.org/")).toBe("http://example.org/");
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl(" JaVaScRiPt:alert(1)")).toBeNull();
    expect(safeHttpUrl("data:text/html,hi")).toBeNull();
    expect(safeHttpUrl("not a url")).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});

describe("segmentText", () => {
  const a = { key: "a", label: "A" };
  const b = { key: "b", label: "B" };
  it("splits overlapping spans so each piece names everything it supports", () => {
    expect(segmentText("0123456789", [{ start: 2, end: 6, refs: [a] }, { start: 4, end: 8, refs: [b] }])).toEqual([
      { text: "01" },
      { text: "23", evidence: [a] },
      { text: "45", evidence: [a, b] },
      { text: "67", evidence: [b] },
      { text: "89" },
    ]);
  });
  it("drops spans outside the text and keeps the text whole", () => {
    const segments = segmentText("abc", [{ start: 5, end: 9, refs: [a] }]);
    expect(segments.map((s) => s.text).join("")).toBe("abc");
    expect(segments.some((s) => s.evidence)).toBe(false);
  });
});

describe("toMeetingView", () => {
  const text = "BAKU. Jeyhun Bayramov met Wang Yi.";
  const record: SnapshotRecord = {
    title: "T",
    kind: "MEETING",
    status: "PUBLISHED",
    date: "2024-04-02",
    datePrecision: "MONTH",
    place: "Baku",
    locationCountryCode: "AZ",
    summary: "",
    outcome: "",
    countries: [{ countryCode: "AZ", side: "HOST" }],
    participants: [{ personId: "p1", name: "Jeyhun Bayramov", allowNamesake: false, title: "", organization: "", countryCode: "AZ", isDelegationLead: true }],
    topicIds: [],
    tags: ["Energy"],
    sources: [{ id: "s1", outlet: "Trend", url: "javascript:alert(1)", title: "", language: "en", text }],
    evidence: [{ sourceIndex: 0, start: 6, end: 21, quote: "Jeyhun Bayramov", target: { type: "participant", index: 0, aspect: "person" } }],
  };
  const lookups: ViewLookups = {
    countryNames: new Map([["AZ", "Azerbaijan"]]),
    topicNames: new Map(),
    organizationNames: new Map(),
    tagIds: new Map([["energy", "tag-1"]]),
    aliases: new Map(),
  };
  it("links tags by slug, names countries, keys evidence to its participant and never links a non-http source", () => {
    const view = toMeetingView({ id: "m", version: 3, record }, lookups);
    expect(view.dateLabel).toBe("Apr 2024");
    expect(view.tags).toEqual([{ id: "tag-1", name: "Energy" }]);
    expect(view.countries[0]).toEqual({ code: "AZ", name: "Azerbaijan", side: "HOST" });
    expect(view.sources[0]!.url).toBeNull();
    expect(view.evidencedKeys).toEqual(["participant:0"]);
    expect(view.sources[0]!.segments[1]).toEqual({ text: "Jeyhun Bayramov", evidence: [{ key: "participant:0", label: "Jeyhun Bayramov" }] });
  });
});

describe("groupBySide", () => {
  const person = (name: string, extra: Partial<ParticipantItem>): ParticipantItem => ({
    key: name,
    personId: name,
    name,
    aliases: [],
    title: "",
    organization: null,
    countryCode: null,
    countryName: null,
    side: null,
    isDelegationLead: false,
    ...extra,
  });

  it("groups by side, host first, leads first within a side", () => {
    const groups = groupBySide([
      person("Guest aide", { side: "GUEST" }),
      person("Host aide", { side: "HOST" }),
      person("Guest lead", { side: "GUEST", isDelegationLead: true }),
      person("Unplaced", {}),
    ]);
    expect(groups.map((g) => [g.label, g.participants.map((p) => p.name)])).toEqual([
      ["Host", ["Host aide"]],
      ["Guest", ["Guest lead", "Guest aide"]],
      ["Side not recorded", ["Unplaced"]],
    ]);
  });

  it("falls back to countries when no side is recorded", () => {
    const groups = groupBySide([
      person("A", { countryCode: "AZ", countryName: "Azerbaijan" }),
      person("B", { countryCode: "CN", countryName: "China" }),
      person("C", { countryCode: "AZ", countryName: "Azerbaijan", isDelegationLead: true }),
    ]);
    expect(groups.map((g) => [g.label, g.participants.map((p) => p.name)])).toEqual([
      ["Azerbaijan", ["C", "A"]],
      ["China", ["B"]],
    ]);
  });
});
