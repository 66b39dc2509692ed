import type { DemoMeeting } from "@/prisma/seed/demo-meetings/types";

export const astanaMfaReadout: DemoMeeting = {
  file: "03-astana-mfa-readout.txt",
  source: { outlet: "Ministry of Foreign Affairs of Kazakhstan", publishedOn: "2025-06-12", url: null, title: "" },
  title: "Nurlanov holds talks with Austrian Foreign Minister Holzner in Astana",
  kind: "TALKS",
  date: "2025-06-12",
  datePrecision: "DAY",
  place: "Astana",
  locationCountryCode: "KZ",
  summary:
    "Kazakh Foreign Minister Aibek Nurlanov held talks with Austrian Federal Minister for European and " +
    "International Affairs Katharina Holzner during her official visit to Astana. They reviewed political, " +
    "trade, energy and cultural cooperation, joint projects in green hydrogen, water management and " +
    "vocational education, and Austria's interest in the Trans-Caspian International Transport Route.",
  outcome: "Memorandum of Understanding on cooperation between the diplomatic academies of the two countries signed.",
  countries: [
    { code: "KZ", side: "HOST", evidence: { quote: "Republic of Kazakhstan" } },
    { code: "AT", side: "GUEST", evidence: { quote: "Republic of Austria" } },
  ],
  participants: [
    {
      person: "nurlanov",
      title: "Minister of Foreign Affairs",
      organization: "kazakhForeignMinistry",
      countryCode: "KZ",
      side: "HOST",
      isDelegationLead: true,
      evidence: { quote: "Minister of Foreign Affairs of the Republic of Kazakhstan Aibek Nurlanov" },
    },
    {
      person: "holzner",
      title: "Federal Minister for European and International Affairs",
      organization: "austrianForeignMinistry",
      countryCode: "AT",
      side: "GUEST",
      isDelegationLead: true,
      evidence: {
        quote: "Federal Minister for European and International Affairs of the Republic of Austria Katharina Holzner",
      },
    },
    {
      person: "reisinger",
      title: "Ambassador of Austria to Kazakhstan",
      organization: "austrianEmbassyAstana",
      countryCode: "AT",
      side: "GUEST",
      evidence: { quote: "Ambassador of Austria to Kazakhstan Thomas Reisinger" },
    },
  ],
  mentionedOrganizations: [{ organization: "europeanUnion", evidence: { quote: "European Union" } }],
  topics: [
    { slug: "trade-and-economy", evidence: { quote: "trade-economic" } },
    { slug: "energy", evidence: { quote: "energy and cultural spheres" } },
    { slug: "green-hydrogen", evidence: { quote: "green hydrogen" } },
    { slug: "water-management", evidence: { quote: "water management" } },
    { slug: "vocational-education", evidence: { quote: "vocational education" } },
    {
      slug: "trans-caspian-international-transport-route",
      evidence: { quote: "interest in the Trans-Caspian International Transport Route" },
    },
    { slug: "culture", evidence: { quote: "cultural spheres" } },
    { slug: "memorandum-of-understanding", evidence: { quote: "signed a Memorandum of Understanding" } },
    { slug: "diplomatic-academies", evidence: { quote: "cooperation between the diplomatic academies" } },
  ],
  tags: ["Central Asia", "Signed documents"],
  evidence: [
    { field: "date", span: { quote: "On 12 June 2025" } },
    { field: "place", span: { quote: "in Astana on an official visit" } },
    { field: "kind", span: { quote: "held talks" } },
    {
      field: "outcome",
      span: {
        quote:
          "the ministers signed a Memorandum of Understanding on cooperation between the diplomatic academies of the two countries",
      },
    },
  ],
};
