import { describe, expect, it } from "vitest";
import { readLayout } from "@/lib/extraction/internal/text/layout";
import { extractSuggestions } from "@/lib/extraction/extract";
import { rulesOnly } from "@/lib/extraction/internal/test-options";


// Invented pages, set out the way agencies and ministries publish on the web.
const startOf = (text: string) => text.slice(readLayout(text).start).split("\n")[0];

describe("where the item starts on a pasted page", () => {
  it("skips the headline, timestamp, share buttons and photo caption above the dateline", () => {
    const page = [
      "Kazakh, Hungarian ministers discuss rail freight",
      "Last Updated: Aug 05, 2025 | 18:42 IST",
      "Share on WhatsApp   Share on X   Copy link",
      "[Photo] Foreign Minister Yerlan Temirbekov (R) meets Foreign Minister Gergely Szabo in Astana. (Kazinform/Aset Nur)",
      "",
      "ASTANA, Aug 5 (Kazinform) -- Foreign Minister Yerlan Temirbekov met Hungarian Foreign Minister Gergely Szabo on Tuesday.",
      "",
      "The ministers discussed rail freight through the Caspian Sea ports.",
    ].join("\n");
    expect(startOf(page)).toMatch(/^ASTANA, Aug 5/);
  });

  it("skips a standfirst that a byline follows", () => {
    const page = [
      "Pope receives President of Paraguay in audience",
      "The meeting, followed by talks with the Secretary for Relations with States, touched on migration and the family.",
      "By Vatican News staff writer",
      "21 October 2025, 12:10",
      "",
      "The President of the Republic of Paraguay, Luis Benitez Ocampo, was received in audience on Tuesday morning in the Vatican.",
    ].join("\n");
    expect(startOf(page)).toMatch(/^The President of the Republic/);
  });

  it("starts at a dateline on a line of its own", () => {
    const page = "Turkish, Egyptian ministers discuss ceasefire\nElif Karaca   |18.06.2025 - Update : 18.06.2025\n\nANKARA\n\nTurkish Foreign Minister Kemal Demir held a phone call on Wednesday with his Egyptian counterpart Youssef Salem.\n";
    expect(startOf(page)).toBe("ANKARA");
  });

  it("does not take a short headline that opens with a city for a dateline", () => {
    const page = "Baku hosts Caspian forum\nBy Leyla Aliyeva\n\nForeign Minister Jeyhun Rustamli opened the Caspian forum in Baku on Monday with a call for new ferry routes.\n";
    expect(startOf(page)).toMatch(/^Foreign Minister/);
  });

  it("leaves a plain item (dateline first, no page around it) as it is", () => {
    const item = "BAKU, Azerbaijan, April 2. The speaker met the delegation.\n\nThe sides discussed trade and transport links between the two countries.";
    expect(readLayout(item)).toEqual({ start: 0, end: item.length, items: 1, furniture: [] });
  });

  it("finds a second item in the paste and ends the first before its headline", () => {
    const paste = [
      "Kazakh FM meets Azerbaijani Deputy FM",
      "12 November 2025 16:20",
      "",
      "ASTANA. KAZINFORM - Kazakh Foreign Minister Yerlan Temirbekov received Deputy Foreign Minister of Azerbaijan Farhad Guliyev on Wednesday.",
      "",
      "The sides discussed the Trans-Caspian International Transport Route and the intergovernmental commission.",
      "",
      "Kazakh Senate Speaker receives Uzbek delegation",
      "12 November 2025 17:45",
      "",
      "ASTANA. KAZINFORM - Chairman of the Senate Askar Nurbekov met with a delegation of the Oliy Majlis of Uzbekistan.",
    ].join("\n");
    const layout = readLayout(paste);
    expect(layout.items).toBe(2);
    expect(paste.slice(layout.end).startsWith("Kazakh Senate Speaker receives")).toBe(true);

    const result = extractSuggestions(paste, rulesOnly("2025-11-13"));
    expect(result.itemsInText).toBe(2);
    expect(result.notes).toContain("The text holds 2 items; these suggestions are for the first.");
    expect(result.participants.map((p) => p.name)).toEqual(["Yerlan Temirbekov", "Farhad Guliyev"]);
  });

  it("starts at the first paragraph of prose when there is no dateline at all", () => {
    const page = "PH, Vietnam agree to strengthen rice trade\nBy Joyce Ann Delgado\nAugust 20, 2025, 7:15 pm\n\nForeign Affairs Secretary Elena Ramos and Vietnamese Deputy Prime Minister Pham Van Loc on Wednesday agreed to expand the rice trade.\n";
    expect(startOf(page)).toMatch(/^Foreign Affairs Secretary/);
    const names = extractSuggestions(page, rulesOnly("2025-08-20")).participants.map((p) => p.name);
    expect(names).toEqual(["Elena Ramos", "Pham Van Loc"]);
  });
});
