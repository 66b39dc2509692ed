import { describe, expect, it } from "vitest";
import { compactMeetingForm, readMeetingForm, toCreateMeetingInput } from "@/lib/meetings/form-data";
import { meetingRecordSchema } from "@/lib/meetings/write/record-schema";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("the meeting form's data", () => {
  it("reads repeated rows in index order, drops blank rows and splits tags", () => {
    const values = compactMeetingForm(
      readMeetingForm(
        form([
          ["title", "Talks"],
          ["kind", "TALKS"],
          ["date", "2025-01-15"],
          ["countries.1.countryCode", "GE"],
          ["countries.0.countryCode", "AZ"],
          ["countries.0.side", "HOST"],
          ["countries.2.countryCode", ""],
          ["participants.0.name", ""],
          ["participants.1.name", "Nino Kavtaradze"],
          ["participants.1.isDelegationLead", "on"],
          ["participants.999.name", "ignored: beyond the row cap"],
          ["participants.0.password", "ignored: not a field"],
          ["topicIds", "01890a5d-ac96-774b-bcce-b302099a8057"],
          ["tags", "Energy, follow-up;  ,Caucasus"],
        ]),
      ),
    );
    expect(values.countries).toEqual([
      { countryCode: "AZ", side: "HOST" },
      { countryCode: "GE", side: "" },
    ]);
    expect(values.participants).toEqual([
      { name: "Nino Kavtaradze", title: "", organization: "", countryCode: "", side: "", isDelegationLead: true },
    ]);
    const input = toCreateMeetingInput(values);
    expect(input).toMatchObject({ tags: ["Energy", "follow-up", "Caucasus"], sources: [] });
    expect(meetingRecordSchema.safeParse(input).success).toBe(true);
  });

  it("keeps a source once any of its fields is filled, so a half-filled one is reported", () => {
    const input = toCreateMeetingInput(readMeetingForm(form([["source.url", "https://example.org"]])));
    expect(input.sources).toEqual([{ outlet: "", url: "https://example.org", publishedOn: "", text: "" }]);
  });
});
