import { describe, expect, it } from "vitest";
import type { MeetingSuggestions } from "@/lib/extraction/meeting-suggestions";
import { draftConfidence, foldName, planDraft } from "@/lib/ingest/draft-record";

const text = "ASTANA, March 3 -- Kazakh Foreign Minister Orin Vassallo met Hungarian Foreign Minister Hekla Jonsdottir. They agreed to cooperate.";
const span = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, quote });
const item = { text, outlet: "Testwire", label: "item", published: "1874-03-03" };
const personId = "0190a5b0-0000-7000-8000-000000000001";

function suggestions(overrides: Partial<MeetingSuggestions> = {}): MeetingSuggestions {
  return {
    date: { value: "1874-03-03", precision: "DAY", evidence: span("March 3") },
    location: { city: "Astana", country: "KZ", evidence: span("ASTANA") },
    kind: { value: "MEETING", evidence: span("met") },
    countries: [
      { code: "KZ", side: "HOST", evidence: span("Kazakh") },
      { code: "HU", side: "GUEST", evidence: span("Hungarian") },
    ],
    participants: [
      { name: "Orin Vassallo", aliases: [], title: "Foreign Minister", organization: null, country: "KZ", side: "HOST", isDelegationLead: true, evidence: span("Orin Vassallo") },
      { name: "Hekla Jonsdóttir", aliases: [], title: "Foreign Minister", organization: null, country: "HU", side: "GUEST", isDelegationLead: true, evidence: span("Hekla Jonsdottir") },
      { name: "", aliases: [], title: "ambassador", organization: null, country: null, side: null, isDelegationLead: false, titleOnly: true, evidence: span("They") },
    ],
    organizations: [],
    topics: [],
    tags: [{ value: "energy", evidence: span("cooperate") }],
    outcomes: [{ value: "They agreed to cooperate.", evidence: span("They agreed to cooperate.") }],
    notes: [],
    people: [{ id: personId, label: "Orin Vassallo" }, null, null],
    participantOrganizations: [null, null, null],
    organizationLinks: [],
    title: "Vassallo meets Jonsdottir in Astana",
    ...overrides,
  };
}

describe("a machine draft's record", () => {
  it("links only the people Parley knows, keeps the others as not linked yet, and keeps every passage as evidence", () => {
    const plan = planDraft(item, suggestions(), new Map(), "1874-01-01");
    if (plan.kind !== "draft") throw new Error("expected a draft");
    expect(plan.record.participants).toEqual([expect.objectContaining({ personId, name: "Orin Vassallo", countryCode: "KZ", side: "HOST" })]);
    expect(plan.unlinked).toEqual(["Hekla Jonsdóttir"]);
    expect(plan.names).toEqual(expect.arrayContaining(["orin vassallo", "hekla jonsdottir"]));
    expect(plan.record).toMatchObject({ status: "DRAFT", date: "1874-03-03", place: "Astana", outcome: "They agreed to cooperate." });
    expect(plan.record.sources).toEqual([{ outlet: "Testwire", url: undefined, publishedOn: "1874-03-03", text }]);
    for (const e of plan.record.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect((plan.record.evidence ?? []).map((e) => e.target.type)).toEqual(expect.arrayContaining(["participant", "country", "field"]));
    expect(plan.dated).toBe(true);
    // Candidate tags are not drafted: a tag is created by typing it.
    expect(plan.record.tags).toBeUndefined();
  });

  it("has no date when neither the text nor the item gives one, and skips an item that names no country", () => {
    const undated = planDraft(item, suggestions({ date: null }), new Map(), "1874-01-01");
    expect(undated).toMatchObject({ kind: "draft", dated: false, record: { date: "1874-01-01" } });
    expect(planDraft(item, suggestions({ countries: [], location: null, participants: [], people: [] }), new Map(), "1874-01-01")).toMatchObject({ kind: "skip" });
  });

  it("is more confident the more of a meeting the text gives", () => {
    const full = draftConfidence(suggestions({ people: [{ id: personId, label: "a" }, { id: personId, label: "b" }, null] }), 2, 2);
    const some = draftConfidence(suggestions(), 1, 2);
    const little = draftConfidence(suggestions({ date: { value: "1874-03-03", precision: "DAY", evidence: null }, participants: [], notes: ["stopped early"] }), 0, 1);
    expect(full).toBe(1);
    expect(some).toBeLessThan(full);
    expect(little).toBeLessThan(0.6);
  });

  it("compares names across agencies' spellings", () => {
    expect(foldName("Hekla Jónsdóttir")).toBe(foldName("HEKLA  JONSDOTTIR"));
  });
});
