import { describe, expect, it } from "vitest";
import { extractSuggestions } from "@/lib/extraction/extract";
import { rulesOnly } from "@/lib/extraction/internal/test-options";


// Every name here is invented; the offices are real. Patterns from agencies' web pages (issue 20).
const result = (text: string) => extractSuggestions(text, rulesOnly("2025-05-14"));
const people = (text: string) => result(text).participants.filter((p) => !p.titleOnly);
const byName = (text: string, name: string) => people(text).find((p) => p.name === name);
const names = (text: string) => people(text).map((p) => p.name);

describe("nationality", () => {
  it("reads U.S. and U.K. written with dots as the country", () => {
    expect(byName("KATHMANDU, May 14 (Xinhua) -- U.S. President Robert Callahan met Nepali Prime Minister Bishnu Adhikari on Wednesday.", "Robert Callahan")).toMatchObject({ title: "President", country: "US" });
    expect(byName("LONDON -- U.K. Foreign Secretary Helen Ashcombe met the Republic of Korea's Foreign Minister Choi Min-seok on Wednesday.", "Helen Ashcombe")).toMatchObject({ country: "GB" });
  });

  it("reads a country name used as an adjective before 'counterpart', and a title after the comma", () => {
    const text = "New Delhi, Aug 5 (IANS) External Affairs Minister Arvind Sethuraman held talks with his Nepal counterpart Kamala Dhakal. Defence Minister Ravi Iyer spoke with his Australian counterpart, Deputy Prime Minister Thomas Kerrigan.";
    expect(byName(text, "Kamala Dhakal")).toMatchObject({ country: "NP" });
    expect(byName(text, "Thomas Kerrigan")).toMatchObject({ country: "AU", title: "Deputy Prime Minister" });
  });

  it.each([
    ["DPRK", "KP"],
    ["UK", "GB"],
    ["Türkiye", "TR"],
    ["Turkey", "TR"],
    ["Holy See", "VA"],
  ])("reads %s as a country", (name, code) => {
    const text = `The minister met the Foreign Minister of ${name} Rafael Okonjo in Geneva on Tuesday.`;
    expect(byName(text, "Rafael Okonjo")?.country).toBe(code);
  });

  it("reads 'Nepali' and a national body's acronym in a title", () => {
    expect(byName("BEIJING, July 8 (Xinhua) -- Chinese Vice President Han Zhenming met with Nepali Prime Minister Bishnu Adhikari on Tuesday.", "Bishnu Adhikari")?.country).toBe("NP");
    expect(byName("On March 19, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Lixin held phone talks with the Foreign Secretary.", "Wang Lixin")?.country).toBe("CN");
  });

  it("gives a companion the country of the person they accompany, named by surname", () => {
    const text = "WASHINGTON, May 14 (CNA) -- U.S. Senate Majority Leader Gregory Thornbury met with Paraguayan Vice President Andres Villalba on Wednesday. Villalba was accompanied by acting Foreign Minister Carmen Zelaya.";
    expect(byName(text, "Carmen Zelaya")?.country).toBe("PY");
  });

  it("reads 'President X of the Kyrgyz Republic'", () => {
    expect(byName("ABU DHABI, 4th November, 2025 (WAM) -- The President received a phone call today from President Nurlan Turgunbaev of the Kyrgyz Republic.", "Nurlan Turgunbaev")?.country).toBe("KG");
  });
});

describe("a person's country never comes from the meeting place", () => {
  it("leaves a foreign minister met in Antalya without a country when the text gives none", () => {
    const text = "ANTALYA, Türkiye -- Foreign Minister Jasna Novak met Deputy Foreign Minister Marek Hudak on Saturday on the sidelines of the diplomacy forum.";
    expect(byName(text, "Jasna Novak")?.country).toBeNull();
    expect(byName(text, "Marek Hudak")?.country).toBeNull();
  });

  it("gives a former U.S. minister in a Chinese agency's copy from Beijing the U.S., not China", () => {
    const text = "BEIJING, May 14 (Xinhua) -- Chinese Vice President Han Zhenming met with former U.S. Secretary of the Treasury Margaret Lindqvist in Beijing on Wednesday.";
    expect(byName(text, "Margaret Lindqvist")).toMatchObject({ country: "US", title: "former Secretary of the Treasury" });
  });

  it("takes an unqualified official's country from the agency credit, even when the agency reports from abroad", () => {
    const text = "New Delhi, Nov 18 (RSS): Minister for Foreign Affairs Kamala Dhakal held a meeting with her Indian counterpart Arvind Sethuraman in New Delhi today.";
    expect(byName(text, "Kamala Dhakal")?.country).toBe("NP");
    expect(byName(text, "Arvind Sethuraman")?.country).toBe("IN");
  });

  it("does not take an agency quoted in the body for the item's credit", () => {
    const text = "Foreign Minister Jasna Novak met Deputy Foreign Minister Marek Hudak on Saturday in Vienna.\n\nNovak told Xinhua after the meeting that the talks were useful.";
    expect(byName(text, "Jasna Novak")?.country).toBeNull();
  });
});

describe("people who were not at the meeting", () => {
  it("drops the leader whose greetings were conveyed and the one they were conveyed to", () => {
    // In the lead, where everyone named used to count as present.
    const text = "KUWAIT, Oct 14 (KUNA) -- The Crown Prince Sheikh Nawaf Salem Al-Sabah received on Tuesday Prime Minister of Jordan Omar Al-Rawashdeh, who conveyed the greetings of President Samir Haddad to His Highness the Amir Sheikh Ahmad Fahad Al-Sabah.";
    expect(names(text)).toEqual(["Nawaf Salem Al-Sabah", "Omar Al-Rawashdeh"]);
  });

  it("drops the author of a letter handed over and the one it is addressed to", () => {
    const text = "DHAKA, Dec 2 (BSS) - Adviser Mahmud Hossain held talks today with Maldivian Minister of Foreign Affairs Ahmed Rasheed, who handed over a letter from President Ibrahim Latheef addressed to Chief Adviser Kamal Uddin.";
    expect(names(text)).toEqual(["Mahmud Hossain", "Ahmed Rasheed"]);
  });

  it("drops the counterpart of an earlier meeting or call", () => {
    const text =
      "WASHINGTON, Feb. 14 (Xinhua) -- U.S. Secretary of State Daniel Whitcombe met with Chinese Vice Foreign Minister Zhao Mingyuan on Friday. The meeting followed a phone call last month between Zhao and Deputy Secretary of State Marcia Ellwood. Whitcombe recalled his meeting with Special Envoy Paul Dersham in New York.";
    expect(names(text)).toEqual(["Daniel Whitcombe", "Zhao Mingyuan"]);
  });

  it("drops a former official mentioned in passing, but keeps one the lead says was met", () => {
    const text = "Baku, October 2, AZERTAC\n\nMinister of Foreign Affairs Jeyhun Rustamli has met with former U.S. Secretary of Energy Margaret Lindqvist. The meeting came a week after former U.S. Secretary of State Leonard Haskins visited Baku.";
    expect(names(text)).toEqual(["Jeyhun Rustamli", "Margaret Lindqvist"]);
  });

  it("keeps people said to attend, though the sentence mentions an earlier event", () => {
    const text = "ANKARA (AA) - Turkish Foreign Minister Kemal Demir met Bosnian Foreign Minister Jasna Kovac on Saturday. The talks, which followed the signing of a trade protocol, were attended by Deputy Foreign Minister Ayse Korkmaz.";
    expect(names(text)).toContain("Ayse Korkmaz");
  });

  it("keeps someone met later the same day and someone who paid a courtesy call", () => {
    expect(names("ANKARA (AA) - Turkish Foreign Minister Kemal Demir met Bosnian Foreign Minister Jasna Kovac on Saturday. Later in the day, Demir also met with Slovak Foreign Minister Marek Hudak.")).toContain("Marek Hudak");
    expect(names("PUTRAJAYA, June 11 (Bernama) -- Malaysia and Brunei agreed to upgrade the border checkpoints, said Deputy Prime Minister Fadzil Rahman. He said this after receiving a courtesy call from Brunei's Second Minister of Foreign Affairs Hashim Ridzuan here today.")).toContain("Hashim Ridzuan");
  });
});

describe("places that look like names", () => {
  it("does not take a place named by its kind of place for a person", () => {
    expect(names("PUTRAJAYA, June 11 (Bernama) -- Malaysia and Brunei agreed to upgrade the Sungai Tujoh and Kuala Lurah border checkpoints, said Deputy Prime Minister Fadzil Rahman.")).toEqual(["Fadzil Rahman"]);
  });

  it("takes the city the lead says they met in over the city the item was filed from", () => {
    const found = result("Kathmandu, Nov 18 (RSS): Minister for Foreign Affairs Kamala Dhakal held a meeting with her Indian counterpart Arvind Sethuraman in New Delhi today.");
    expect(found.location).toMatchObject({ city: "New Delhi", country: "IN" });
    expect(result("BEIJING, July 8 (Xinhua) -- Chinese Vice President Han Zhenming met with Nepali Prime Minister Bishnu Adhikari in Beijing on Tuesday.").location).toMatchObject({ city: "Beijing" });
  });
});

describe("titles", () => {
  it.each([
    ["U.S. Senate Majority Leader Gregory Thornbury met the visiting vice president on Wednesday.", "Gregory Thornbury", "Senate Majority Leader"],
    ["The vice president met acting Foreign Minister Carmen Zelaya on Wednesday.", "Carmen Zelaya", "acting Foreign Minister"],
    ["The president then met Foreign Minister Kemal Demir on Wednesday.", "Kemal Demir", "Foreign Minister"],
    ["The minister met former U.S. Secretary of Energy Margaret Lindqvist on Wednesday.", "Margaret Lindqvist", "former Secretary of Energy"],
    ["His Highness the Crown Prince Sheikh Nawaf Salem Al-Sabah received the prime minister on Wednesday.", "Nawaf Salem Al-Sabah", "Crown Prince"],
    ["The president was received by the Secretary of State of the Holy See, Cardinal Matteo Ferraresi, on Wednesday.", "Matteo Ferraresi", "Secretary of State"],
    ["Commerce and Industry Minister Suresh Menon met the visiting secretary on Wednesday.", "Suresh Menon", "Commerce and Industry Minister"],
    ["The Prime Minister met HE Minister of State at the Ministry of Foreign Affairs Dr. Hamad Al-Marri on Wednesday.", "Hamad Al-Marri", "Minister of State at the Ministry of Foreign Affairs"],
  ])("keeps the whole office in %s", (text, name, title) => {
    expect(byName(text, name)?.title).toBe(title);
  });

  it("does not take a courtesy form for part of the name", () => {
    expect(names("The president was received by the Secretary of State, Cardinal Matteo Ferraresi, on Wednesday.")).toEqual(["Matteo Ferraresi"]);
  });
});

describe("a page above the item", () => {
  const page = [
    "Trump-Style Talk Over Phone: Vice-Chairman Meets U.S. Envoy",
    "Source: Xinhua | Editor: Zhou Lan | 2025-05-15 09:12:33",
    "Share on WhatsApp   Share on X   Copy link",
    "[Photo] Chinese Vice President Han Zhenming (R) meets with U.S. Deputy Secretary of State Marcia Ellwood in Beijing. (Xinhua/Liu Bo)",
    "",
    "BEIJING, May 14 (Xinhua) -- Chinese Vice President Han Zhenming met with U.S. Deputy Secretary of State Marcia Ellwood in Beijing on Wednesday.",
    "",
    "Han said the two sides should manage their differences through dialogue.",
  ].join("\n");

  it("never takes a headline fragment, a byline or a share button for a participant", () => {
    expect(names(page)).toEqual(["Han Zhenming", "Marcia Ellwood"]);
  });

  it("finds the dateline and the date below the page's header", () => {
    const found = result(page);
    expect(found.location).toMatchObject({ city: "Beijing", country: "CN" });
    expect(found.location?.evidence.quote).toBe("BEIJING");
    expect(found.date?.value).toBe("2025-05-14");
  });
});
