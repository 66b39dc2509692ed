import { describe, expect, it } from "vitest";
import { extractKind } from "@/lib/extraction/internal/extract-kind";
import { extractSuggestions } from "@/lib/extraction/extract";
import { rulesOnly } from "@/lib/extraction/internal/test-options";

const kindOf = (text: string) => extractKind(text, text.indexOf(".") + 1 || text.length).value;

describe("the kind of meeting", () => {
  it.each([
    ["The presidents held a telephone conversation on Monday.", "CALL"],
    ["The minister spoke by phone with his counterpart.", "CALL"],
    ["The two ministers held a video conference.", "CALL"],
    ["The ministers met on the sidelines of the UN General Assembly.", "SIDELINES"],
    ["The leaders met on the margins of the African Union summit.", "SIDELINES"],
    ["The minister held talks with his counterpart, who is on an official visit.", "TALKS"],
    ["The president received the visiting prime minister.", "VISIT"],
    ["The speaker met a delegation on a working visit to Baku.", "VISIT"],
    ["Qatar mediated talks between the two delegations.", "MEDIATION"],
    ["The speaker held a meeting with a delegation.", "MEETING"],
    ["The prime minister received a courtesy call from the deputy prime minister.", "MEETING"],
  ])("reads %s as %s", (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it("quotes the words it decided on", () => {
    const text = "The two leaders met on the sidelines of the summit.";
    expect(extractKind(text, text.length).evidence?.quote).toBe("on the sidelines of");
  });

  it("does not take an earlier phone call mentioned after the lead for this meeting's kind", () => {
    const text = "WASHINGTON, Feb. 14 (Xinhua) -- The secretary met with the vice foreign minister on Friday. The meeting followed a phone call last month between the two.";
    expect(extractSuggestions(text, rulesOnly("2025-02-15")).kind.value).toBe("MEETING");
  });
});
