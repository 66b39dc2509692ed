import { describe, expect, it } from "vitest";
import { matchPairs, normalName, organizationScore, titleScore, MATCH_THRESHOLD } from "@/lib/extraction/internal/evaluation/matching";
import { scoreArticle, scoreSet } from "@/lib/extraction/evaluation/score";
import { extractSuggestions } from "@/lib/extraction/extract";
import { rulesOnly } from "@/lib/extraction/internal/test-options";

describe("the evaluation's matching rules", () => {
  it("compares names without case, accents, hyphens or courtesy forms", () => {
    expect(normalName("Sheikh Salem Al-Sabah")).toBe(normalName("salem al sabah"));
    expect(normalName("Mehmet Karaosmanoğlu")).toBe("mehmet karaosmanoglu");
  });

  it("matches organisations written with an adjective or a name of the country", () => {
    expect(organizationScore("Azerbaijani Parliament", "Milli Majlis (Parliament of Azerbaijan)")).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(organizationScore("YAP", "New Azerbaijan Party (YAP)")).toBe(1);
  });

  it("never matches organisations of different countries", () => {
    expect(organizationScore("Ministry of Foreign Affairs of Japan", "Ministry of Foreign Affairs of Indonesia")).toBe(0);
  });

  it("matches a title with or without its country, but not a different office", () => {
    expect(titleScore("Prime Minister", "Prime Minister of Japan")).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(titleScore("Foreign Minister", "Minister of Foreign Affairs")).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(titleScore("Minister", "Minister of Foreign Affairs")).toBeLessThan(MATCH_THRESHOLD);
  });

  it("pairs one to one, best first", () => {
    const pairs = matchPairs(["a b", "a b c"], ["a b c"], (p, e) => (p === e ? 1 : 0.7));
    expect([...pairs.entries()]).toEqual([[1, 0]]);
  });

  it("scores an article: a wrong participant country is a miss and a false alarm", () => {
    const text = "TOKYO (Kyodo) -- Japanese Prime Minister Hiroshi Tanabe met Indonesian President Bambang Wirasatya.";
    const result = extractSuggestions(text, rulesOnly("2025-02-10"));
    const counts = scoreArticle(result, {
      file: "x.txt",
      source: { published: "2025-02-10" },
      expected: {
        date: "2025-02-10",
        location: { city: "Tokyo", country: "JP" },
        countries: ["JP", "ID"],
        participants: [
          { name: "Hiroshi Tanabe", title: "Prime Minister of Japan", country: "JP" },
          { name: "Bambang Wirasatya", title: "President", country: "MY" },
        ],
        organizations: [],
        topics: [],
      },
    });
    expect(counts.participants).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(counts.titles).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(counts.date).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scoreSet([counts]).fields.participants?.recall).toBe(0.5);
  });
});
