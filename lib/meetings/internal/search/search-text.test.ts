import { describe, expect, it } from "vitest";
import { checkSearchText } from "@/lib/meetings/internal/search/search-text";

describe("checkSearchText", () => {
  it("finds the words a search looks for", () => {
    expect(checkSearchText('"Middle Corridor" OR Zangezur -Russia')).toEqual({ ok: true, words: ["Middle", "Corridor", "Zangezur"], plain: false, phrases: true, excludes: true });
    expect(checkSearchText("Liu Jianchao")).toEqual({ ok: true, words: ["Liu", "Jianchao"], plain: true, phrases: false, excludes: false });
    expect(checkSearchText('"Middle Corridor')).toMatchObject({ ok: true, words: ["Middle", "Corridor"] });
    expect(checkSearchText("' OR 1=1--")).toMatchObject({ ok: true, words: ["1", "1"] });
  });

  it("tells a phrase (two words or more in quotes) from a quoted word", () => {
    expect(checkSearchText('"Middle Corridor" OR Baku')).toMatchObject({ phrases: true, excludes: false });
    expect(checkSearchText('"corridor" -"Middle Corridor"')).toMatchObject({ phrases: true, excludes: true });
    expect(checkSearchText('"corridor" Baku')).toMatchObject({ phrases: false, excludes: false });
  });

  it("refuses a search that only excludes", () => {
    expect(checkSearchText("-Russia")).toMatchObject({ ok: false, message: expect.stringMatching(/only exclude/) });
    expect(checkSearchText('-"Middle Corridor" -gas')).toMatchObject({ ok: false });
  });

  it("refuses punctuation alone", () => {
    for (const q of ["%", "_", "--", "()", "OR"]) expect(checkSearchText(q)).toMatchObject({ ok: false });
  });
});
