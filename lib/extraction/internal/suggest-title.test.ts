import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractSuggestions } from "@/lib/extraction/extract";
import { suggestTitle } from "@/lib/extraction/internal/suggest-title";

const baku = readFileSync(path.resolve(import.meta.dirname, "../../../prisma/seed/demo-articles/01-baku-gafarova-liu.txt"), "utf8");
const title = (text: string) => suggestTitle(extractSuggestions(text, { publishedOn: "2025-03-03" }));

describe("a suggested title", () => {
  it("names the host's lead, then the guest's, then the place, as analysts write them", () => {
    expect(suggestTitle(extractSuggestions(baku, { publishedOn: "2024-04-02" }))).toBe("Gafarova meets Liu Jianchao in Baku");
  });

  it("gives the guest a short office where the text has one", () => {
    expect(title("TBILISI, March 3. Georgian Prime Minister Nodar Kvelidze met Armenian Foreign Minister Aram Sargsyan in Tbilisi.")).toBe("Kvelidze meets Foreign Minister Sargsyan in Tbilisi");
  });

  it("says a call is a call, without a place", () => {
    expect(title("ANKARA, March 3. Turkish Foreign Minister Kemal Aydin held a phone call with Georgian Foreign Minister Nodar Kvelidze.")).toMatch(/^Aydin and Kvelidze hold phone call$/);
  });

  it("suggests none when the text names fewer than two people", () => {
    expect(title("TBILISI, March 3. The minister met the ambassador.")).toBeNull();
  });
});
