import { describe, expect, it } from "vitest";
import { formatMeetingDate, groupParticipants, splitIntoSegments, type ParticipantView } from "@/lib/meetings/dto";
import { tagSlug } from "@/lib/meetings/tag-slug";

describe("formatMeetingDate", () => {
  const date = new Date("2024-04-02T00:00:00Z");
  it("shows no more precision than is known", () => {
    expect(formatMeetingDate(date, "DAY")).toBe("2 Apr 2024");
    expect(formatMeetingDate(date, "MONTH")).toBe("Apr 2024");
    expect(formatMeetingDate(date, "YEAR")).toBe("2024");
    expect(formatMeetingDate(null, "DAY")).toBe("Date unknown");
  });
});

describe("splitIntoSegments", () => {
  const text = "Gafarova met Liu in Baku.";
  it("marks evidence spans and keeps the text between them", () => {
    expect(
      splitIntoSegments(text, [
        { start: 13, end: 16, label: "Liu Jianchao" },
        { start: 0, end: 8, label: "Sahiba Gafarova" },
      ]),
    ).toEqual([
      { text: "Gafarova", evidence: ["Sahiba Gafarova"] },
      { text: " met " },
      { text: "Liu", evidence: ["Liu Jianchao"] },
      { text: " in Baku." },
    ]);
  });

  it("merges overlapping spans and ignores spans outside the text", () => {
    expect(
      splitIntoSegments(text, [
        { start: 20, end: 24, label: "place" },
        { start: 17, end: 24, label: "Azerbaijan" },
        { start: 90, end: 99, label: "stale" },
      ]),
    ).toEqual([{ text: "Gafarova met Liu " }, { text: "in Baku", evidence: ["Azerbaijan", "place"] }, { text: "." }]);
  });

  it("returns the whole text when there is no evidence", () => {
    expect(splitIntoSegments(text, [])).toEqual([{ text }]);
    expect(splitIntoSegments("", [])).toEqual([{ text: "" }]);
  });
});

describe("groupParticipants", () => {
  const person = (name: string, extra: Partial<ParticipantView>): ParticipantView => ({
    id: name,
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
    const groups = groupParticipants([
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
    const groups = groupParticipants([
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

describe("tagSlug", () => {
  it("makes case, accents and spacing irrelevant to a tag's identity", () => {
    expect(tagSlug(" Énergie  verte ")).toBe("energie-verte");
    expect(tagSlug("ENERGY")).toBe(tagSlug("energy"));
    expect(tagSlug("!!!")).toBe("");
  });
});
