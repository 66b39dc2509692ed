import type { DemoMeeting } from "@/prisma/seed/demo-meetings/types";

export const tbilisiParliament: DemoMeeting = {
  file: "05-tbilisi-parliament-short.txt",
  source: { outlet: "Trend", publishedOn: "2025-11-03", url: null, title: "" },
  title: "Mchedlishvili receives Turkish parliamentary delegation led by Karaosmanoğlu",
  kind: "MEETING",
  date: "2025-11-03",
  datePrecision: "DAY",
  place: "Tbilisi",
  locationCountryCode: "GE",
  summary:
    "Chairman of the Parliament of Georgia Davit Mchedlishvili received a delegation of the Grand National " +
    "Assembly of Türkiye headed by Deputy Speaker Mehmet Karaosmanoğlu. They discussed inter-parliamentary " +
    "cooperation, regional security, the Baku-Tbilisi-Kars railway and energy projects.",
  outcome: "Mchedlishvili thanked Türkiye for supporting Georgia's sovereignty and territorial integrity; no agreements reported.",
  countries: [
    { code: "GE", side: "HOST", evidence: { quote: "TBILISI, Georgia" } },
    { code: "TR", side: "GUEST", evidence: { quote: "Grand National Assembly of Türkiye" } },
  ],
  participants: [
    {
      person: "mchedlishvili",
      title: "Chairman of the Parliament of Georgia",
      organization: "parliamentOfGeorgia",
      countryCode: "GE",
      side: "HOST",
      isDelegationLead: true,
      evidence: { quote: "Chairman of the Parliament of Georgia Davit Mchedlishvili" },
    },
    {
      person: "karaosmanoglu",
      title: "Deputy Speaker of the Grand National Assembly of Türkiye",
      organization: "turkishAssembly",
      countryCode: "TR",
      side: "GUEST",
      isDelegationLead: true,
      evidence: { quote: "headed by Deputy Speaker Mehmet Karaosmanoğlu" },
    },
  ],
  organizationAliases: [
    { organization: "parliamentOfGeorgia", alias: "Georgian Parliament", evidence: { quote: "Georgian Parliament" } },
  ],
  topics: [
    { slug: "inter-parliamentary-cooperation", evidence: { quote: "inter-parliamentary cooperation" } },
    { slug: "regional-security", evidence: { quote: "regional security" } },
    { slug: "baku-tbilisi-kars-railway", evidence: { quote: "the Baku-Tbilisi-Kars railway" } },
    { slug: "energy", evidence: { quote: "energy projects" } },
    { slug: "sovereignty", evidence: { quote: "Georgia's sovereignty" } },
    { slug: "territorial-integrity", evidence: { quote: "territorial integrity within its internationally recognized borders" } },
  ],
  tags: ["South Caucasus", "Parliamentary diplomacy"],
  evidence: [
    { field: "date", span: { quote: "November 3" } },
    { field: "place", span: { quote: "TBILISI, Georgia" } },
    { field: "kind", span: { quote: "received a delegation" } },
    { field: "outcome", span: { quote: "thanked Türkiye for its support of Georgia's sovereignty and territorial integrity" } },
  ],
};
