import type { DemoMeeting } from "@/prisma/seed/demo-meetings/types";

export const bakuGafarovaLiu: DemoMeeting = {
  file: "01-baku-gafarova-liu.txt",
  source: { outlet: "Trend", publishedOn: "2024-04-02", url: null, title: "" },
  title: "Gafarova meets CPC delegation led by Liu Jianchao",
  kind: "MEETING",
  date: "2024-04-02",
  datePrecision: "DAY",
  place: "Baku",
  locationCountryCode: "AZ",
  summary:
    "Speaker of the Milli Majlis Sahiba Gafarova received a Communist Party of China delegation led by " +
    "Liu Jianchao, head of the CPC International Department. They discussed the planned strategic " +
    "partnership declaration, party-to-party ties between the New Azerbaijan Party and the CPC, the Belt " +
    "and Road Initiative, the Middle and Zangezur corridors, and inter-parliamentary cooperation.",
  outcome:
    "No documents signed. Both sides reaffirmed mutual support on territorial integrity and sovereignty; " +
    "Liu thanked Azerbaijan for supporting the One China policy.",
  countries: [
    { code: "AZ", side: "HOST", evidence: { quote: "BAKU, Azerbaijan" } },
    { code: "CN", side: "GUEST", evidence: { quote: "a delegation from China" } },
  ],
  participants: [
    {
      person: "gafarova",
      title: "Speaker of the Azerbaijani Parliament",
      organization: "milliMajlis",
      countryCode: "AZ",
      side: "HOST",
      isDelegationLead: true,
      evidence: { quote: "Speaker of the Azerbaijani Parliament, Sahiba Gafarova" },
    },
    {
      person: "liuJianchao",
      title:
        "Member of the Central Committee of the Communist Party of China; Head of the CPC's International Relations Department",
      organization: "cpcInternationalDepartment",
      countryCode: "CN",
      side: "GUEST",
      isDelegationLead: true,
      evidence: {
        quote:
          "led by Liu Jianchao, member of the Central Committee of the Communist Party of China (CPC) and head of the CPC's International Relations Department",
      },
    },
    {
      person: "budagov",
      title: "Deputy Chairman of the New Azerbaijan Party",
      organization: "yap",
      countryCode: "AZ",
      side: "HOST",
      evidence: { quote: "Deputy Chairman of the New Azerbaijan Party, Tahir Budagov" },
    },
  ],
  personAliases: [{ person: "liuJianchao", alias: "Lu Jianchao", evidence: { quote: "Lu Jianchao" } }],
  organizationAliases: [
    { organization: "milliMajlis", alias: "Azerbaijani Parliament", evidence: { quote: "Azerbaijani Parliament" } },
    {
      organization: "cpcInternationalDepartment",
      alias: "CPC International Relations Department",
      evidence: { quote: "the CPC's International Relations Department" },
    },
  ],
  mentionedOrganizations: [
    { organization: "cpc", evidence: { quote: "Communist Party of China (CPC)" } },
    { organization: "heydarAliyevFoundation", evidence: { quote: "Heydar Aliyev Foundation" } },
    {
      organization: "cpaffc",
      evidence: { quote: "Chinese People's Association for Friendship with Foreign Countries" },
    },
  ],
  topics: [
    { slug: "belt-and-road-initiative", evidence: { quote: 'the "Belt and Road Initiative,"' } },
    { slug: "middle-corridor", evidence: { quote: "the development of the Middle Corridor" } },
    { slug: "zangezur-corridor", evidence: { quote: 'implementing the "Zangezur Corridor" initiative' } },
    { slug: "renewable-energy", evidence: { quote: "renewable energy" } },
    { slug: "green-economy", evidence: { quote: "transitioning to a green economy" } },
    { slug: "one-china-policy", evidence: { quote: 'supporting the "One China" policy' } },
    { slug: "territorial-integrity", evidence: { quote: "territorial integrity and sovereignty" } },
    { slug: "inter-parliamentary-cooperation", evidence: { quote: "the importance of inter-parliamentary cooperation" } },
    { slug: "strategic-partnership", evidence: { quote: "the Joint Declaration aimed at establishing a strategic partnership" } },
    { slug: "trade-and-economy", evidence: { quote: "cooperation in economic and trade fields" } },
    { slug: "humanitarian-and-cultural-exchange", evidence: { quote: "cultural and humanitarian exchanges" } },
    { slug: "party-to-party-relations", evidence: { quote: "regular contacts between the New Azerbaijan Party (YAP) and the CPC" } },
  ],
  tags: ["South Caucasus", "Party diplomacy"],
  evidence: [
    { field: "date", span: { quote: "on April 2" } },
    { field: "place", span: { quote: "BAKU, Azerbaijan" } },
    { field: "kind", span: { quote: "held a meeting with a delegation from China" } },
    { field: "outcome", span: { quote: 'expressed gratitude to Azerbaijan for supporting the "One China" policy' } },
  ],
};
