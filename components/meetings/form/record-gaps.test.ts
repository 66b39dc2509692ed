import { describe, expect, it } from "vitest";
import { whatTheRecordLacks } from "@/components/meetings/form/record-gaps";
import { extractSuggestions } from "@/lib/extraction/extract";
import { listSuggestionItems } from "@/lib/extraction/suggestion-items";
import { EMPTY_MEETING_FORM, EMPTY_PARTICIPANT_ROW } from "@/lib/meetings/form-data";

// Two invented readouts of one meeting: the second names a participant and an outcome the first does not.
const FIRST = "TBILISI, March 3. Georgian Foreign Minister Nodar Kvelidze met Armenian Foreign Minister Aram Sargsyan in Tbilisi.";
const SECOND =
  "TBILISI, March 3. Georgian Foreign Minister Nodar Kvelidze held talks with Armenian Foreign Minister Aram Sargsyan. " +
  "Deputy Foreign Minister Lela Abashidze also attended the meeting. The sides signed a memorandum of understanding on border crossings.";

const record = {
  ...EMPTY_MEETING_FORM,
  title: "Kvelidze meets Foreign Minister Sargsyan in Tbilisi",
  kind: "MEETING",
  date: "2025-03-03",
  place: "Tbilisi",
  locationCountryCode: "GE",
  countries: [
    { countryCode: "GE", side: "HOST" },
    { countryCode: "AM", side: "GUEST" },
  ],
  participants: [
    { ...EMPTY_PARTICIPANT_ROW, name: "Nodar Kvelidze", countryCode: "GE" },
    { ...EMPTY_PARTICIPANT_ROW, name: "Aram Sargsyan", countryCode: "AM" },
  ],
};

describe("what a second source adds", () => {
  it("offers everything for an empty record", () => {
    const items = listSuggestionItems(extractSuggestions(FIRST, { publishedOn: "2025-03-03" }));
    expect(whatTheRecordLacks(items, EMPTY_MEETING_FORM, [])).toEqual(items);
  });

  it("offers the participant and the outcome the record lacks, not what it has", () => {
    const items = listSuggestionItems(extractSuggestions(SECOND, { publishedOn: "2025-03-03" }));
    const lacking = whatTheRecordLacks(items, record, []);
    expect(lacking.filter((item) => item.field === "participants").map((item) => item.label)).toEqual(["Lela Abashidze"]);
    expect(lacking.some((item) => item.field === "outcomes")).toBe(true);
    for (const field of ["date", "location", "kind", "countries"]) expect(lacking.some((item) => item.field === field)).toBe(false);
    for (const item of lacking) if (item.evidence) expect(SECOND.slice(item.evidence.start, item.evidence.end)).toBe(item.evidence.quote);
  });
});
