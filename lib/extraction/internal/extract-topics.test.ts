import { describe, expect, it } from "vitest";
import { extractTopics } from "@/lib/extraction/internal/extract-topics";

const topics = (text: string, excluded: { start: number; end: number }[] = []) => extractTopics(text, excluded).map((t) => t.name);

describe("topics", () => {
  it("finds vocabulary topics by name, in the plural and across hyphens", () => {
    expect(topics("They discussed renewable energies, inter parliamentary cooperation and the Baku-Tbilisi-Kars railway.")).toEqual([
      "Renewable energy",
      "Inter-parliamentary cooperation",
      "Baku-Tbilisi-Kars railway",
    ]);
  });

  it("finds topics by their other names", () => {
    expect(topics("Georgia adheres to the one-China principle and welcomes direct flights.")).toEqual(["One China policy", "Air connectivity"]);
  });

  it("does not count a broad topic inside a narrower one", () => {
    expect(topics("They discussed renewable energy and energy security.")).not.toContain("Energy");
    expect(topics("They discussed energy projects.")).toContain("Energy");
  });

  it("matches acronyms only in capitals", () => {
    expect(topics("Both countries work together at the UN.")).toContain("United Nations");
    expect(topics("He told un-named officials.")).not.toContain("United Nations");
  });

  it("ignores words inside titles", () => {
    const text = "Minister of Foreign Trade Ali Hassan met the delegation.";
    expect(topics(text)).toContain("Trade and economy");
    expect(topics(text, [{ start: 0, end: "Minister of Foreign Trade".length }])).not.toContain("Trade and economy");
  });

  it("gives evidence that quotes the text", () => {
    const text = "The sides discussed Maritime Security.";
    const [topic] = extractTopics(text, []);
    expect(topic?.evidence.quote).toBe("Maritime Security");
  });
});
