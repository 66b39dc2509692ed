import { describe, expect, it } from "vitest";
import { applySuggestion } from "@/components/meetings/form/apply-suggestion";
import { resolveConflict } from "@/components/meetings/form/conflict-panel";
import { EMPTY_MEETING_FORM, EMPTY_PARTICIPANT_ROW, EMPTY_SOURCE, compactMeetingForm, type MeetingFormValues } from "@/lib/meetings/form-data";

const text = "BAKU, May 2. Liu Jianchao met Jeyhun Bayramov in Baku.";
const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, quote });

function filled(): MeetingFormValues {
  return {
    ...EMPTY_MEETING_FORM,
    title: "Talks in Baku",
    kind: "TALKS",
    date: "2025-05-02",
    countries: [{ countryCode: "AZ", side: "HOST" }],
    participants: [{ ...EMPTY_PARTICIPANT_ROW, name: "Lu Jianchao", personId: "01890a5d-ac96-774b-bcce-b302099a8057", personLabel: "Liu Jianchao" }],
    sources: [{ ...EMPTY_SOURCE, outlet: "Trend", text }],
    evidence: [{ sourceIndex: 0, ...at("Liu Jianchao"), target: { type: "participant", index: 0, aspect: "person" } }],
  };
}

describe("the meeting form's logic", () => {
  it("applies a suggestion with its evidence, and never links a span that does not match its source", () => {
    const base = compactMeetingForm(filled());
    const withPlace = applySuggestion(base, { type: "field", field: "place", value: "Baku", evidence: { sourceIndex: 0, ...at("Baku") } });
    expect(withPlace.place).toBe("Baku");
    expect(withPlace.evidence.at(-1)).toMatchObject({ quote: "Baku", target: { type: "field", field: "place" } });
    const wrong = applySuggestion(base, { type: "field", field: "place", value: "Ganja", evidence: { sourceIndex: 0, start: 0, end: 5, quote: "Ganja" } });
    expect(wrong.place).toBe("Ganja");
    expect(wrong.evidence).toHaveLength(base.evidence.length);
    expect(applySuggestion(base, { type: "tag", name: "eu" }).tags).toEqual(["eu"]);
  });

  it("resolves a conflict part by part: theirs where chosen, the analyst's everywhere else", () => {
    const mine = compactMeetingForm(filled());
    const theirs = { ...mine, title: "Their title", place: "Their place", participants: [], evidence: [] };
    const merged = resolveConflict({ ...mine, place: "My place" }, theirs, new Set(["title"] as const));
    expect(merged.title).toBe("Their title");
    expect(merged.place).toBe("My place");
    expect(merged.participants).toHaveLength(1);
    const tookPeople = resolveConflict(mine, theirs, new Set(["participants"] as const));
    expect(tookPeople.participants).toEqual([]);
    expect(tookPeople.evidence).toEqual([]);
  });
});

describe("accepting extraction suggestions", () => {
  it("fills the field and keeps the passage as evidence; people stay for the analyst to link", async () => {
    const { acceptExtractionItem } = await import("@/components/meetings/form/from-extraction");
    const base = { ...filled(), participants: [], evidence: [] };
    const date = acceptExtractionItem(base, { id: "date", field: "date", label: "", detail: null, evidence: null, suggestion: { value: "2025-05-01", precision: "MONTH", evidence: null } }, 0, []);
    expect(date.values).toMatchObject({ date: "2025-05-01", datePrecision: "MONTH" });
    const evidence = at("Liu Jianchao");
    const person = acceptExtractionItem(
      base,
      {
        id: "participants-0",
        field: "participants",
        label: "",
        detail: null,
        evidence,
        suggestion: { name: "Liu Jianchao", aliases: [], title: "Minister", organization: null, country: "CN", side: "GUEST", isDelegationLead: true, evidence },
        person: null,
        organization: null,
      },
      0,
      [],
    );
    expect(person.values.participants[0]).toMatchObject({ name: "Liu Jianchao", personId: "", title: "Minister", countryCode: "CN", isDelegationLead: true });
    expect(person.values.evidence[0]).toMatchObject({ quote: "Liu Jianchao", target: { type: "participant", index: 0 } });
    expect(person.note).toMatch(/Choose the person/);
  });

  it("links the one existing person and organisation the server found, shown in the row and still changeable there", async () => {
    const { acceptExtractionItem } = await import("@/components/meetings/form/from-extraction");
    const base = { ...filled(), participants: [{ ...EMPTY_PARTICIPANT_ROW }], evidence: [] };
    const evidence = at("Liu Jianchao");
    const person = { id: "01890a5d-ac96-774b-bcce-b302099a8057", label: "Liu Jianchao" };
    const organization = { id: "01890a5d-ac96-774b-bcce-b302099a8058", label: "International Department of the CPC Central Committee" };
    const accepted = acceptExtractionItem(
      base,
      {
        id: "participants-0",
        field: "participants",
        label: "",
        detail: null,
        evidence,
        suggestion: { name: "Liu Jianchao", aliases: [], title: "Head", organization: "CPC's International Relations Department", country: "CN", side: "GUEST", isDelegationLead: true, evidence },
        person,
        organization,
      },
      0,
      [],
    );
    expect(accepted.values.participants).toEqual([
      expect.objectContaining({ name: "Liu Jianchao", personId: person.id, personLabel: person.label, organizationId: organization.id, organization: organization.label }),
    ]);
    expect(accepted.note).toBeUndefined();
  });
});
