import { describe, expect, it } from "vitest";
import { extractSuggestions } from "@/lib/extraction/extract";

const placeOf = (text: string) => extractSuggestions(text, { publishedOn: "2025-03-03" }).location;

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
  ])("reads the dateline of %s", (text, city, country, quote) => {
    const place = placeOf(text);
    expect(place).toMatchObject({ city, country });
    expect(place?.evidence.quote).toBe(quote);
  });

  it("takes a known city from the lead when there is no dateline", () => {
    expect(placeOf("On 12 June 2025, the minister held talks with a visitor who is in Astana on an official visit.")).toMatchObject({ city: "Astana", country: "KZ" });
  });

  it("does not take a title or a name for a dateline", () => {
    expect(placeOf("Speaker of the Parliament: the speaker met the delegation.")).toBeNull();
  });

  it("gives no place for a phone call", () => {
    expect(placeOf("ANKARA (AA) - The Turkish president held a phone call with the Azerbaijani president on Wednesday.")).toBeNull();
  });
});
