import type { DemoMeeting } from "@/prisma/seed/demo-meetings/types";

export const tokyoSummit: DemoMeeting = {
  file: "04-tokyo-summit.txt",
  source: { outlet: "Kyodo", publishedOn: "2025-02-10", url: null, title: "" },
  title: "Tanabe hosts Indonesian President Wirasatya in Tokyo",
  kind: "VISIT",
  date: "2025-02-10",
  datePrecision: "DAY",
  place: "Prime Minister's Office, Tokyo",
  locationCountryCode: "JP",
  summary:
    "Japanese Prime Minister Hiroshi Tanabe received Indonesian President Bambang Wirasatya on his first visit " +
    "to Japan since taking office. They agreed to open talks on a defence equipment transfer agreement to " +
    "bolster maritime security cooperation and confirmed cooperation on the energy transition, including " +
    "geothermal power and carbon capture.",
  outcome:
    "Agreed to launch talks on a defence equipment transfer agreement; Japan to provide a loan of up to " +
    "90 billion yen for an urban railway project in Jakarta.",
  countries: [
    { code: "JP", side: "HOST", evidence: { quote: "Japanese Prime Minister" } },
    { code: "ID", side: "GUEST", evidence: { quote: "visiting Indonesian President" } },
  ],
  participants: [
    {
      person: "tanabe",
      title: "Prime Minister of Japan",
      organization: "governmentOfJapan",
      countryCode: "JP",
      side: "HOST",
      isDelegationLead: true,
      evidence: { quote: "Japanese Prime Minister Hiroshi Tanabe" },
    },
    {
      person: "wirasatya",
      title: "President of Indonesia",
      organization: "governmentOfIndonesia",
      countryCode: "ID",
      side: "GUEST",
      isDelegationLead: true,
      evidence: { quote: "visiting Indonesian President Bambang Wirasatya" },
    },
    {
      person: "arimura",
      title: "Foreign Minister",
      organization: "japaneseForeignMinistry",
      countryCode: "JP",
      side: "HOST",
      evidence: { quote: "Japanese Foreign Minister Yoko Arimura" },
    },
    {
      person: "rahmawati",
      title: "Foreign Minister",
      organization: "indonesianForeignMinistry",
      countryCode: "ID",
      side: "GUEST",
      evidence: { quote: "Indonesian Foreign Minister Siti Rahmawati" },
    },
  ],
  topics: [
    { slug: "defense-equipment-transfer", evidence: { quote: "a new defense equipment transfer agreement" } },
    { slug: "maritime-security", evidence: { quote: "maritime security cooperation" } },
    { slug: "energy-transition", evidence: { quote: "energy transition" } },
    { slug: "geothermal-power", evidence: { quote: "geothermal power" } },
    { slug: "carbon-capture", evidence: { quote: "carbon capture" } },
    { slug: "development-loan", evidence: { quote: "a loan of up to 90 billion yen" } },
    { slug: "urban-railway", evidence: { quote: "an urban railway project in Jakarta" } },
  ],
  tags: ["Indo-Pacific", "Summit"],
  evidence: [
    { field: "date", span: { quote: "agreed Monday" } },
    { field: "place", span: { quote: "at the prime minister's office" } },
    { field: "kind", span: { quote: "It was the Indonesian leader's first visit to Japan since taking office" } },
    {
      field: "outcome",
      span: { quote: "agreed Monday to launch talks on a new defense equipment transfer agreement" },
    },
  ],
};
