import { describe, expect, it } from "vitest";
import { extractSuggestions } from "@/lib/extraction/extract";

// Every name here is invented.
const people = (text: string) => extractSuggestions(text, { publishedOn: "2025-03-03" }).participants;
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
    expect(byName(text, "Erlan Koshanov")).toMatchObject({ title: "Speaker of the Mazhilis", country: "KZ" });
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
});
