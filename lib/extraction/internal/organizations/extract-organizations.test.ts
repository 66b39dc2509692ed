import { describe, expect, it } from "vitest";
import { extractSuggestions } from "@/lib/extraction/extract";
import { rulesOnly } from "@/lib/extraction/internal/test-options";

const organizations = (text: string) => extractSuggestions(text, rulesOnly("2025-03-03")).organizations;

describe("organisations", () => {
  it("reads names around institution words, with the acronym given beside them", () => {
    const found = organizations(
      "BAKU, April 2. The speaker stressed the role of contacts between the New Azerbaijan Party (YAP) and the Communist Party of China (CPC), and of the Chinese People's Association for Friendship with Foreign Countries.",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "New Azerbaijan Party", acronym: "YAP" }),
        expect.objectContaining({ name: "Communist Party of China", acronym: "CPC" }),
        expect.objectContaining({ name: "Chinese People's Association for Friendship with Foreign Countries" }),
      ]),
    );
    const party = found.find((o) => o.acronym === "YAP")!;
    expect(party.evidence.quote).toBe("New Azerbaijan Party (YAP)");
  });

  it("keeps two institutions joined by 'and the' apart", () => {
    const names = organizations("The delegation praised the Heydar Aliyev Foundation and the Chinese Academy of Sciences.").map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(["Heydar Aliyev Foundation", "Chinese Academy of Sciences"]));
  });

  it("names international bodies written only as acronyms", () => {
    const found = organizations("The ministers discussed cooperation within NATO and preparations for the CIS summit.");
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "North Atlantic Treaty Organization", acronym: "NATO" }),
        expect.objectContaining({ name: "Commonwealth of Independent States", acronym: "CIS" }),
      ]),
    );
  });

  it("infers the institutions of participants' offices, marked as inferred", () => {
    const found = organizations("TOKYO (Kyodo) -- Japanese Prime Minister Hiroshi Tanabe met Indonesian Foreign Minister Siti Rahmawati and Austrian Ambassador to Japan Karl Weiss.");
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "Government of Japan", inferred: true }),
        expect.objectContaining({ name: "Ministry of Foreign Affairs of Indonesia", inferred: true }),
        expect.objectContaining({ name: "Embassy of Austria in Japan", inferred: true }),
      ]),
    );
  });

  it("lists the same institution once, however it is written", () => {
    const names = organizations("The Georgian Parliament's press office said the Parliament of Georgia would reply.").map((o) => o.name);
    expect(names.filter((name) => /parliament/i.test(name))).toHaveLength(1);
  });

  it("does not run a name into a date", () => {
    const names = organizations("The talks were held at the Federal Chancellery on Tuesday.").map((o) => o.name);
    expect(names).toContain("Federal Chancellery");
  });
});
