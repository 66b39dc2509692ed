import { describe, expect, it } from "vitest";
import { extractSuggestions } from "@/lib/extraction/extract";
import { rulesOnly } from "@/lib/extraction/internal/test-options";

const placeOf = (text: string) => extractSuggestions(text, rulesOnly("2025-03-03")).location;

describe("the place", () => {
  it.each([
    ["BAKU, Azerbaijan, April 2. The speaker met the delegation.", "Baku", "AZ", "BAKU"],
    ["TOKYO (Kyodo) -- The prime minister met the president.", "Tokyo", "JP", "TOKYO"],
    ["Astana, 3 March /Kazinform/ - The prime minister met the minister.", "Astana", "KZ", "Astana"],
    ["New Delhi [India], October 5 (ANI): The minister met his counterpart.", "New Delhi", "IN", "New Delhi"],
    ["KUALA LUMPUR, Aug 19 (Bernama) -- The prime minister received the guest.", "Kuala Lumpur", "MY", "KUALA LUMPUR"],
    ["NEW YORK, Sept 24 (KUNA) -- The minister met his counterpart on the sidelines of the UN General Assembly.", "New York", "US", "NEW YORK"],
    ["MANILA – The president met the secretary at the palace.", "Manila", "PH", "MANILA"],
    ["DOHA: The Amir received the visiting president.", "Doha", "QA", "DOHA"],
    ["ZENDRAVA, Ruritania, May 3 (RNA) -- The minister met the envoy.", "Zendrava", null, "ZENDRAVA"],
    // As agencies set them on the web (issue 20).
    ["New Delhi, Aug 5 (IANS) External Affairs Minister Arvind Sethuraman met his counterpart.", "New Delhi", "IN", "New Delhi"],
    ["WASHINGTON, Feb. 14 (Xinhua) -- The secretary met the vice minister.", "Washington", "US", "WASHINGTON"],
    ["Tashkent, Uzbekistan (UzDaily.uz) -- The minister received the delegation.", "Tashkent", "UZ", "Tashkent"],
    ["MOSCOW, September 9. /TASS/. The deputy minister met the ambassador.", "Moscow", "RU", "MOSCOW"],
    ["ASTANA. KAZINFORM - The minister received the deputy minister.", "Astana", "KZ", "ASTANA"],
    ["PUTRAJAYA, June 11 (Bernama) -- The deputy prime minister received the minister.", "Putrajaya", "MY", "PUTRAJAYA"],
    ["Tehran, IRNA -- The foreign minister met his counterpart.", "Tehran", "IR", "Tehran"],
    ["ANTALYA, Türkiye\n\nThe foreign minister met his counterpart on the sidelines of the forum.", "Antalya", "TR", "ANTALYA"],
    ["Baku, October 2, AZERTAC\n\nThe minister has met with the visiting secretary.", "Baku", "AZ", "Baku"],
  ])("reads the dateline of %s", (text, city, country, quote) => {
    const place = placeOf(text);
    expect(place).toMatchObject({ city, country });
    expect(place?.evidence.quote).toBe(quote);
  });

  it("takes a known city from the lead when there is no dateline", () => {
    expect(placeOf("On 12 June 2025, the minister held talks with a visitor who is in Astana on an official visit.")).toMatchObject({ city: "Astana", country: "KZ" });
  });

  it("reads the date of a dateline on a line of its own", () => {
    const result = extractSuggestions("Islamabad, 21 January 2025\n\nThe Deputy Prime Minister met the Foreign Minister of Türkiye in Islamabad today.", rulesOnly("2025-01-22"));
    expect(result.date).toMatchObject({ value: "2025-01-21" });
    expect(result.location).toMatchObject({ city: "Islamabad", country: "PK" });
  });

  it("takes no dateline from a sentence that merely opens with a capitalised phrase in brackets", () => {
    expect(placeOf("Foreign Minister (FM) Kemal Demir met the envoy on Monday.")).toBeNull();
  });

  it("takes the Vatican from the lead", () => {
    expect(placeOf("The President of Paraguay was received in audience on Tuesday morning in the Vatican by the Secretary of State.")).toMatchObject({ city: "Vatican City", country: "VA" });
  });

  it("does not take a title or a name for a dateline", () => {
    expect(placeOf("Speaker of the Parliament: the speaker met the delegation.")).toBeNull();
  });

  it("gives no place for a phone call", () => {
    expect(placeOf("ANKARA (AA) - The Turkish president held a phone call with the Azerbaijani president on Wednesday.")).toBeNull();
  });
});
