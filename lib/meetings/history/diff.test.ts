import { describe, expect, it } from "vitest";
import { diffRecords, summarizeRevision } from "@/lib/meetings/history/diff";
import type { SnapshotRecord } from "@/lib/meetings/write/snapshot";

const text = "BAKU, April 2. Jeyhun Bayramov met Wang Yi.";
const base: SnapshotRecord = {
  title: "Bayramov meets Wang Yi",
  kind: "MEETING",
  status: "PUBLISHED",
  date: "2024-04-02",
  datePrecision: "DAY",
  place: "Baku",
  locationCountryCode: "AZ",
  summary: "Talks.",
  outcome: "",
  countries: [{ countryCode: "AZ", side: "HOST" }, { countryCode: "CN", side: "GUEST" }],
  participants: [
    { personId: "p1", name: "Jeyhun Bayramov", allowNamesake: false, title: "Foreign Minister", organization: "", countryCode: "AZ", side: "HOST", isDelegationLead: true },
  ],
  topicIds: ["t1"],
  tags: ["energy"],
  sources: [{ id: "s1", outlet: "Trend", title: "Readout", language: "en", text }],
  evidence: [{ sourceIndex: 0, start: 0, end: 4, quote: "BAKU", target: { type: "field", field: "place" } }],
};

describe("diffRecords", () => {
  it("finds nothing between a record and itself", () => {
    expect(diffRecords(base, structuredClone(base))).toEqual([]);
  });

  it("names each changed field, participant, country, topic, tag, source and evidence span", () => {
    const after: SnapshotRecord = {
      ...structuredClone(base),
      title: "Bayramov and Wang Yi meet in Baku",
      participants: [
        { ...base.participants[0]!, title: "Minister of Foreign Affairs" },
        { personId: "p2", name: "Wang Yi", allowNamesake: false, title: "", organization: "", countryCode: "CN", side: "GUEST", isDelegationLead: true },
      ],
      countries: [{ countryCode: "AZ", side: "HOST" }],
      topicIds: ["t2"],
      tags: ["energy", "Caspian"],
      sources: [{ ...base.sources[0]!, text: `${text} More.` }],
      evidence: [],
    };
    const entries = diffRecords(base, after, { topicNames: new Map([["t1", "Energy"], ["t2", "Transport"]]) });
    const bySection = (section: string) => entries.filter((e) => e.section === section);
    expect(bySection("fields")).toEqual([{ section: "fields", label: "Title", change: "changed", before: base.title, after: after.title }]);
    expect(bySection("participants").map((e) => [e.label, e.change])).toEqual([["Jeyhun Bayramov", "changed"], ["Wang Yi", "added"]]);
    expect(bySection("countries")).toMatchObject([{ change: "removed", label: "CN (guest)" }]);
    expect(bySection("topics").map((e) => [e.label, e.change])).toEqual([["Energy", "removed"], ["Transport", "added"]]);
    expect(bySection("tags")).toMatchObject([{ change: "added", label: "Caspian" }]);
    expect(bySection("sources")[0]).toMatchObject({ change: "changed", after: expect.stringContaining("text (") });
    expect(bySection("evidence")).toMatchObject([{ change: "removed", before: "“BAKU” in Trend for place" }]);
  });

  it("treats a missing side as the whole record added (creation) or removed", () => {
    expect(diffRecords(null, base).every((e) => e.change === "added")).toBe(true);
  });
});

describe("summarizeRevision", () => {
  it("says what a revision did in one line", () => {
    expect(summarizeRevision("CREATE", [])).toBe("Created the record");
    expect(summarizeRevision("DELETE", [])).toBe("Deleted the meeting");
    expect(summarizeRevision("RESTORE", [])).toBe("Restored from the trash");
    const entries = diffRecords(base, { ...structuredClone(base), title: "New", tags: ["energy", "gas"] });
    expect(summarizeRevision("UPDATE", entries)).toBe("Title changed; tag gas added");
    expect(summarizeRevision("RESTORE", entries)).toBe("Restored an earlier revision: Title changed; tag gas added");
  });
});
