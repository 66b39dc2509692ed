import { describe, expect, it } from "vitest";
import { MAX_TOKEN_CHARS, prepareText } from "@/lib/extraction/internal/text/prepare";
import { readDocument } from "@/lib/extraction/internal/text/document";
import { extractSuggestions } from "@/lib/extraction/extract";
import { rulesOnly } from "@/lib/extraction/internal/test-options";


describe("long tokens", () => {
  // The tokenizer's time grows with the square of a token's length (issue 20's hostile paste).
  const hostile = `Foreign Minister Kemal Demir met ${"x'".repeat(10_000)} in Ankara.`;

  it("splits every run of more than 64 characters before tokenizing, keeping the offsets", () => {
    const { analysed } = prepareText(hostile);
    expect(analysed.length).toBe(hostile.length);
    expect(Math.max(...analysed.split(/\s+/).map((word) => word.length))).toBeLessThanOrEqual(MAX_TOKEN_CHARS);
    expect(readDocument(analysed).tokens.every((token) => token.text.length <= MAX_TOKEN_CHARS)).toBe(true);
  });

  it("leaves ordinary words and offsets alone", () => {
    const text = "Baku-Tbilisi-Kars railway, al-Tayeb's visit.";
    expect(prepareText(text).analysed).toBe(text);
  });

  it("still quotes evidence from the text as pasted", () => {
    const result = extractSuggestions(hostile, rulesOnly("2025-01-01"));
    for (const participant of result.participants) {
      expect(hostile.slice(participant.evidence.start, participant.evidence.end)).toBe(participant.evidence.quote);
    }
  });
});
