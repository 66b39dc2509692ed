import { describe, expect, it } from "vitest";
import { anchorOptions } from "@/components/comments/anchor-options";
import { anchorChoiceSchema } from "@/lib/comments/anchor";

const SOURCE = "00000000-0000-7000-8000-000000000001";
const PERSON = "00000000-0000-7000-8000-000000000002";

describe("what a comment can be about", () => {
  const groups = anchorOptions({
    participants: [{ personId: PERSON, name: "Liu Jianchao" }],
    sources: [{ id: SOURCE, outlet: "Trend", segments: [{ text: "Speaker met " }, { text: "Liu Jianchao", evidence: [{}] }, { text: " in Baku." }] }],
  });

  it("offers fields, participants and each evidenced stretch of a source, at its offsets", () => {
    expect(groups.map((g) => g.label)).toEqual(["Fields", "Participants", "Evidence"]);
    expect(groups[2]!.options).toEqual([{ value: `evidence:${SOURCE}:12:24`, label: "“Liu Jianchao” (Trend)" }]);
    expect(groups[1]!.options).toEqual([{ value: `participant:${PERSON}`, label: "Liu Jianchao" }]);
  });

  it("offers only values the server's schema reads back", () => {
    for (const option of groups.flatMap((g) => g.options)) expect(anchorChoiceSchema.safeParse(option.value).success, option.value).toBe(true);
    expect(anchorChoiceSchema.parse("")).toBeNull();
    expect(anchorChoiceSchema.safeParse("field:password").success).toBe(false);
    expect(anchorChoiceSchema.safeParse(`evidence:${SOURCE}:1:x`).success).toBe(false);
  });
});
