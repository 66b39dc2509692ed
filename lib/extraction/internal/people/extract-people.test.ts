import { describe, expect, it } from "vitest";
import { extractSuggestions } from "@/lib/extraction/extract";
import { rulesOnly } from "@/lib/extraction/internal/test-options";

// Every name here is invented.
const people = (text: string) => extractSuggestions(text, rulesOnly("2025-03-03")).participants;
const byName = (text: string, name: string) => people(text).find((p) => p.name === name);

describe("participants", () => {
  it("reads a title before the name, dropping the nationality adjective into the country", () => {
    expect(byName("BEIJING, March 14 (Xinhua) -- Chinese Vice Premier Zhang Weiming met with Georgian Prime Minister Levan Tsiklauri.", "Levan Tsiklauri")).toMatchObject({
      title: "Prime Minister",
      country: "GE",
      organization: "Government of Georgia",
    });
  });

  it("reads a title before the name with a comma, and a long ministry name with its country", () => {
    const text = "Minister of Foreign Affairs of the Republic of Kazakhstan Aibek Nurlanov met Speaker of the Mazhilis, Erlan Koshanov, in Astana.";
    expect(byName(text, "Aibek Nurlanov")).toMatchObject({ title: "Minister of Foreign Affairs", country: "KZ", organization: "Ministry of Foreign Affairs of Kazakhstan" });
    // Astana is where they met, not whose the Speaker is: the text does not say, so no country.
    expect(byName(text, "Erlan Koshanov")).toMatchObject({ title: "Speaker of the Mazhilis", country: null });
    // A national agency's credit does: its own officials go unqualified.
    expect(byName(`ASTANA (Kazinform) -- ${text}`, "Erlan Koshanov")).toMatchObject({ country: "KZ" });
  });

  it("reads a title after the name, between commas, with 'and'", () => {
    const person = byName("The speaker met Wu Hailong, member of the Central Committee of the Communist Party of China (CPC) and head of its Liaison Department, on Monday.", "Wu Hailong");
    expect(person?.title).toBe("member of the Central Committee of the Communist Party of China (CPC) and head of its Liaison Department");
    expect(person?.country).toBe("CN");
  });

  it("marks who led a delegation and gives them the delegation's country", () => {
    const person = byName("BAKU, April 2. The speaker held a meeting with a delegation from China, led by Liu Jianchao, head of the International Department.", "Liu Jianchao");
    expect(person).toMatchObject({ country: "CN", isDelegationLead: true, side: "GUEST" });
  });

  it("gives those who accompany someone that person's side", () => {
    const list = people("ANKARA, Jan. 22 (AA) - Turkish Foreign Minister Kemal Ozdemir received a delegation from Kyrgyzstan led by Speaker Nurlan Tashievich, accompanied by Deputy Speaker Aida Kasymova.");
    expect(list.find((p) => p.name === "Aida Kasymova")).toMatchObject({ country: "KG", side: "GUEST", isDelegationLead: false });
    expect(list.find((p) => p.name === "Kemal Ozdemir")).toMatchObject({ country: "TR", side: "HOST", isDelegationLead: true });
  });

  it("includes people who only attended or were present, in lists", () => {
    const text =
      "TBILISI, Georgia, May 5. The speaker received the delegation.\n\nThe meeting was attended by Deputy Foreign Minister Levan Beridze, Ambassador Tamar Kikvadze and Chairman of the Committee Giorgi Lomidze. Minister of Economy Nino Abashidze and Georgian Minister of Finance Davit Gelashvili were present.";
    const names = people(text).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Levan Beridze", "Tamar Kikvadze", "Giorgi Lomidze", "Nino Abashidze", "Davit Gelashvili"]));
  });

  it("reads a possessive country and a counterpart's office", () => {
    const list = people("NEW YORK, Sept 24 (KUNA) -- Kuwait's Foreign Minister Salem Al-Jaber met Tuesday with his Norwegian counterpart Espen Barth Lunde.");
    expect(list.find((p) => p.name === "Salem Al-Jaber")).toMatchObject({ country: "KW", title: "Foreign Minister" });
    expect(list.find((p) => p.name === "Espen Barth Lunde")).toMatchObject({ country: "NO", title: "Foreign Minister" });
  });

  it("keeps initials and name particles in names", () => {
    const names = people(
      "THE HAGUE, Oct. 3 -- Dutch Foreign Minister Caspar van der Veldt held talks with Saudi Minister of State Sheikh Adel bin Ahmed al-Jubairi and U.S. envoy J. R. Hollis, who joined the talks.",
    ).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Caspar van der Veldt", "Adel bin Ahmed al-Jubairi", "J. R. Hollis"]));
  });

  it("treats a second spelling of a name as the same person, kept as an alias", () => {
    const list = people("BAKU, April 2. The speaker met Liu Jianchao, head of the department. Lu Jianchao said the party valued the ties.");
    expect(list.filter((p) => p.name.endsWith("Jianchao"))).toHaveLength(1);
    expect(list[0]?.aliases.map((a) => a.name)).toEqual(["Lu Jianchao"]);
  });

  it("leaves out people mentioned in passing, and institutions named after people", () => {
    const names = people(
      "BAKU, April 2. The speaker met the delegation.\n\nThe delegation head praised the contributions of national leader Heydar Aliyev to the relations, and the work of the Heydar Aliyev Foundation.",
    ).map((p) => p.name);
    expect(names).not.toContain("Heydar Aliyev");
  });

  it("flags a counterpart named only by office", () => {
    const list = people("ISLAMABAD, March 5 (APP): Foreign Minister Tariq Mahmood met the Chinese ambassador on Wednesday.");
    expect(list.find((p) => p.titleOnly)).toMatchObject({ name: "", title: "Ambassador", country: "CN", titleOnly: true, side: "GUEST" });
  });

  it("joins lower-case offices to a capitalised title", () => {
    const person = byName("JEDDAH, May 4 (SPA) -- The King received the guest. The reception was attended by Minister of State and member of the Cabinet Dr. Musaed bin Mohammed Al-Aiban.", "Musaed bin Mohammed Al-Aiban");
    expect(person?.title).toBe("Minister of State and member of the Cabinet");
  });

  it("leaves out a spokesperson quoted on the meeting", () => {
    const names = people("MOSCOW, November 12. /TASS/. Russian President Vladimir Orlov held talks with Crown Prince Mohammed bin Faisal Al Saud, Kremlin spokesman Dmitry Peskarev said.").map((p) => p.name);
    expect(names).toEqual(["Vladimir Orlov", "Mohammed bin Faisal Al Saud"]);
  });

  it("reads who was on which side from 'on the … side'", () => {
    const person = byName("TASHKENT, March 14 (UzA) -- The president received a delegation from Hungary. From the Uzbek side, Deputy Prime Minister Jamshid Khodjayev took part in the meeting.", "Jamshid Khodjayev");
    expect(person?.country).toBe("UZ");
  });

  it("gives officials of international bodies no country, and their seat's country no side", () => {
    const result = extractSuggestions("BRUSSELS, Feb 3 (Reuters) - European Commission President Ursula von der Lahn met Kazakh President Kassym-Jomart Tokanov in Brussels on Monday.", rulesOnly("2025-02-03"));
    expect(result.participants.find((p) => p.name === "Ursula von der Lahn")).toMatchObject({ country: null, organization: "European Commission" });
    expect(result.countries.map((c) => c.code)).toEqual(["KZ"]);
  });

  it("drops a military rank written between the office and the name", () => {
    expect(byName("ISLAMABAD, Jan 8 (APP): Chief of Army Staff General Asim Munawar called on Prime Minister Tariq Sharifi.", "Asim Munawar")?.title).toBe("Chief of Army Staff");
  });

  it("reads a plural office and '<name> of <country>' in a list of ministers", () => {
    const list = people("TBILISI, Oct 2 (Trend) - Foreign ministers Jeyhun Mammadli of Azerbaijan, Maka Botchorishvili of Georgia and Hakan Fidanoglu of Türkiye met in Tbilisi.");
    expect(list.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Jeyhun Mammadli", "Foreign Minister", "AZ"],
      ["Maka Botchorishvili", "Foreign Minister", "GE"],
      ["Hakan Fidanoglu", "Foreign Minister", "TR"],
    ]);
  });
});
