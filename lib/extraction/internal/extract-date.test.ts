import { describe, expect, it } from "vitest";
import { extractSuggestions } from "@/lib/extraction/extract";
import { rulesOnly } from "@/lib/extraction/internal/test-options";

const dateOf = (text: string, publishedOn: string) => extractSuggestions(text, rulesOnly(publishedOn)).date;

describe("the meeting's date", () => {
  it.each([
    ["BAKU, Azerbaijan, April 2. The speaker met the delegation.", "2024-04-05", "2024-04-02", "April 2"],
    ["WASHINGTON, Jan. 22, 2025 (AP) -- The two ministers met at the State Department.", "2025-01-23", "2025-01-22", "Jan. 22, 2025"],
    ["ABU DHABI, 4th March, 2025 (WAM) -- The two ministers met.", "2025-03-05", "2025-03-04", "4th March, 2025"],
    ["Riyadh, 02.04.2024 (SPA) -- The two ministers met here.", "2024-04-03", "2024-04-02", "02.04.2024"],
    ["Astana, 3 March /Kazinform/ - The prime minister met the delegation.", "2025-03-03", "2025-03-03", "3 March"],
  ])("reads the dateline of %s", (text, published, expected, quote) => {
    const date = dateOf(text, published);
    expect(date?.value).toBe(expected);
    expect(date?.precision).toBe("DAY");
    expect(date?.evidence?.quote).toBe(quote);
  });

  it("puts a dateline without a year in the year before when it would fall after publication", () => {
    expect(dateOf("MOSCOW, Dec 30. /TASS/. The ministers met in Moscow.", "2025-01-02")?.value).toBe("2024-12-30");
  });

  it("resolves a weekday to the last such day on or before the dateline", () => {
    const date = dateOf("BEIJING, March 14 (Xinhua) -- Chinese Vice Premier Zhang Wei met the guest on Tuesday.", "2024-03-15");
    expect(date?.value).toBe("2024-03-12");
    expect(date?.evidence?.quote).toBe("Tuesday");
  });

  it("resolves a bare weekday against the published date when there is no dateline date", () => {
    expect(dateOf("ANKARA (AA) - The two presidents agreed Monday to expand trade.", "2025-04-17")?.value).toBe("2025-04-14");
  });

  it("reads 'yesterday' and 'today' against the dateline", () => {
    expect(dateOf("DOHA, Sept. 9 (QNA) -- The Amir received yesterday the visiting president.", "2024-09-10")?.value).toBe("2024-09-08");
    expect(dateOf("DOHA, Sept. 9 (QNA) -- The Amir received today the visiting president.", "2024-09-10")?.value).toBe("2024-09-09");
  });

  it("prefers an explicit date in the lead to the published date", () => {
    const date = dateOf("On 12 June 2025, the minister held talks with his Austrian counterpart.", "2025-06-14");
    expect(date?.value).toBe("2025-06-12");
    expect(date?.evidence?.quote).toBe("12 June 2025");
  });

  it("gives month precision for a month without a day", () => {
    const date = dateOf("The two governments held consultations in March 2024 on trade.", "2024-05-01");
    expect(date).toMatchObject({ value: "2024-03-01", precision: "MONTH" });
  });
});
