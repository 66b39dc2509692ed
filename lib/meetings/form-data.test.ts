import { describe, expect, it } from "vitest";
import {
  EMPTY_MEETING_FORM,
  EMPTY_PARTICIPANT_ROW,
  EMPTY_SOURCE,
  FORM_PAYLOAD_FIELD,
  compactMeetingForm,
  readMeetingForm,
  toMeetingRecordInput,
  type MeetingFormValues,
} from "@/lib/meetings/form-data";
import { meetingRecordSchema } from "@/lib/meetings/write/record-schema";

const text = "BAKU, May 2. Liu Jianchao met Jeyhun Bayramov in Baku.";
const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, quote });

function filled(): MeetingFormValues {
  return {
    ...EMPTY_MEETING_FORM,
    title: "Talks in Baku",
    kind: "TALKS",
    date: "2025-05-02",
    countries: [{ countryCode: "AZ", side: "HOST" }, { countryCode: "", side: "" }, { countryCode: "CN", side: "GUEST" }],
    participants: [
      { ...EMPTY_PARTICIPANT_ROW },
      { ...EMPTY_PARTICIPANT_ROW, name: "Lu Jianchao", personId: "01890a5d-ac96-774b-bcce-b302099a8057", personLabel: "Liu Jianchao" },
    ],
    sources: [{ ...EMPTY_SOURCE }, { ...EMPTY_SOURCE, outlet: "Trend", text }],
    evidence: [{ sourceIndex: 1, ...at("Liu Jianchao"), target: { type: "participant", index: 1, aspect: "person" } }],
  };
}

function form(values: unknown): FormData {
  const data = new FormData();
  data.set(FORM_PAYLOAD_FIELD, typeof values === "string" ? values : JSON.stringify(values));
  return data;
}

describe("the meeting form's data", () => {
  it("round-trips the form's JSON and turns anything malformed into blanks, never an exception", () => {
    expect(readMeetingForm(form(filled()))).toEqual(filled());
    expect(readMeetingForm(form("{not json"))).toMatchObject({ title: "", participants: [] });
    const odd = readMeetingForm(form({ title: 42, participants: [{ name: "Ann", isDelegationLead: "yes", password: "x" }], tags: "EU" }));
    expect(odd.title).toBe("");
    expect(odd.participants[0]).toEqual({ ...EMPTY_PARTICIPANT_ROW, name: "Ann" });
    expect(odd.tags).toEqual([]);
  });

  it("drops blank rows and renumbers evidence so error paths index the rows shown", () => {
    const compacted = compactMeetingForm(filled());
    expect(compacted.countries.map((c) => c.countryCode)).toEqual(["AZ", "CN"]);
    expect(compacted.participants).toHaveLength(1);
    expect(compacted.sources).toHaveLength(1);
    expect(compacted.evidence[0]).toMatchObject({ sourceIndex: 0, target: { type: "participant", index: 0 } });
    const record = meetingRecordSchema.parse(toMeetingRecordInput(compacted));
    expect(record.participants[0]).toMatchObject({ name: "Lu Jianchao", personId: "01890a5d-ac96-774b-bcce-b302099a8057" });
    expect(record.evidence).toHaveLength(1);
  });

});
