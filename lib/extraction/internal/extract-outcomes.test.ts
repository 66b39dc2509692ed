import { describe, expect, it } from "vitest";
import { readDocument } from "@/lib/extraction/internal/text/document";
import { extractOutcomes, extractTags } from "@/lib/extraction/internal/extract-outcomes";

const outcomes = (text: string) => extractOutcomes(readDocument(text), 0).map((o) => o.value);

describe("outcomes and tags", () => {
  it("reads documents signed, agreements, invitations and follow-up meetings", () => {
    expect(
      outcomes(
        "The ministers signed a memorandum of understanding on consular affairs. The leaders agreed Monday to launch talks on a defence pact. He invited the president to visit Tashkent. The next meeting of the commission will be held in Budapest.",
      ),
    ).toEqual([
      "Signed a memorandum of understanding on consular affairs",
      "Agreed Monday to launch talks on a defence pact",
      "Invited the president to visit Tashkent",
      "Next meeting of the commission will be held in Budapest",
    ]);
  });

  it("does not take exchanged views for an outcome", () => {
    expect(outcomes("They exchanged views on regional security.")).toEqual([]);
  });

  it("proposes tags with their evidence", () => {
    const text = "The president, on an official visit, spoke at a joint press conference.";
    expect(extractTags(text).map((t) => [t.value, t.evidence.quote])).toEqual([
      ["official visit", "official visit"],
      ["joint press conference", "joint press conference"],
    ]);
  });
});
