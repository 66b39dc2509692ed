/**
 * The controlled topic vocabulary: broad areas, each with the specific topics analysts file
 * meetings under. Names are the analyst-facing form; slugs are stable keys (never renamed, so
 * saved searches and exports keep working). The topics of the sample wire items are all here.
 */
export interface TopicRecord {
  slug: string;
  name: string;
  description: string;
  /** Slug of the broader topic. */
  parent?: string;
}

type Area = { slug: string; name: string; description: string; topics: (string | [string, string])[] };

const AREAS: Area[] = [
  {
    slug: "politics-and-diplomacy",
    name: "Politics and diplomacy",
    description: "Bilateral relations, political dialogue and the formal frame of a relationship.",
    topics: [
      "Bilateral relations",
      "Strategic partnership",
      "High-level political dialogue",
      "State visit",
      "Inter-parliamentary cooperation",
      "Party-to-party relations",
      "Diplomatic academies",
      "Consular affairs",
      "Visa regime",
      "Diaspora",
      ["Memorandum of understanding", "A memorandum or agreement signed or negotiated at the meeting."],
      "Joint declaration",
      "Elections",
      "Human rights",
      "Rule of law",
    ],
  },
  {
    slug: "sovereignty-and-conflict",
    name: "Sovereignty and conflict",
    description: "Borders, territorial questions, conflicts and their settlement.",
    topics: [
      "Sovereignty",
      "Territorial integrity",
      "One China policy",
      "Border delimitation",
      "Peace process",
      "Mediation",
      "Ceasefire",
      "Sanctions",
      "Frozen conflicts",
      "Refugees and displaced persons",
      "Humanitarian aid",
      "Demining",
    ],
  },
  {
    slug: "security-and-defence",
    name: "Security and defence",
    description: "Military cooperation, security threats and arms control.",
    topics: [
      "Regional security",
      "Defence cooperation",
      "Defense equipment transfer",
      "Maritime security",
      "Counter-terrorism",
      "Cybersecurity",
      "Nuclear non-proliferation",
      "Arms control",
      "Military exercises",
      "Border security",
      "Intelligence sharing",
      "Organised crime and drug trafficking",
    ],
  },
  {
    slug: "trade-and-economy",
    name: "Trade and economy",
    description: "Trade, investment, finance and economic cooperation.",
    topics: [
      "Free trade agreement",
      "Investment",
      "Intergovernmental commission",
      "Customs",
      "Agriculture and food security",
      "Industrial cooperation",
      "Digital economy",
      "Banking and finance",
      "Development loan",
      "Development assistance",
      "Tourism",
      "Labour migration",
      "Business forum",
      "Mining and critical minerals",
      "Special economic zones",
    ],
  },
  {
    slug: "energy",
    name: "Energy",
    description: "Energy supply, transit and the energy transition.",
    topics: [
      "Energy security",
      "Oil and gas",
      "Gas pipelines",
      "Electricity interconnection",
      "Nuclear energy",
      "Renewable energy",
      "Energy transition",
      "Green hydrogen",
      "Geothermal power",
      "Hydropower",
      "Solar and wind power",
      "Carbon capture",
    ],
  },
  {
    slug: "transport-and-connectivity",
    name: "Transport and connectivity",
    description: "Corridors, transport links and infrastructure projects.",
    topics: [
      "Infrastructure",
      "Logistics",
      "Belt and Road Initiative",
      "Middle Corridor",
      "Trans-Caspian International Transport Route",
      "Zangezur Corridor",
      "International North–South Transport Corridor",
      "Baku-Tbilisi-Kars railway",
      "Anaklia port",
      "Ports and shipping",
      "Urban railway",
      "Air connectivity",
      "Road transport",
      "Transit and border crossings",
    ],
  },
  {
    slug: "environment-and-climate",
    name: "Environment and climate",
    description: "Climate policy, environment and natural resources.",
    topics: [
      "Climate change",
      "Green economy",
      "COP climate conference",
      "Water management",
      "Caspian Sea",
      "Aral Sea",
      "Biodiversity",
      "Disaster risk reduction",
    ],
  },
  {
    slug: "society-and-culture",
    name: "Society and culture",
    description: "People-to-people ties: culture, education, science, health and sport.",
    topics: [
      "Humanitarian and cultural exchange",
      "Culture",
      "Education",
      "Vocational education",
      "Science and research",
      "Health",
      "Sport",
      "Media and information",
      "Youth exchanges",
      "Religion and interfaith dialogue",
      "Cultural heritage",
      "Language teaching",
    ],
  },
  {
    slug: "technology-and-space",
    name: "Technology and space",
    description: "Technology, telecommunications and space cooperation.",
    topics: [
      "Artificial intelligence",
      "Telecommunications",
      "Space cooperation",
      "Semiconductors",
      "E-government",
    ],
  },
  {
    slug: "multilateral-affairs",
    name: "Multilateral affairs",
    description: "Work in and with international organisations and formats.",
    topics: [
      "United Nations",
      "European Union",
      "NATO",
      "OSCE",
      "Shanghai Cooperation Organisation",
      "Commonwealth of Independent States",
      "Organization of Turkic States",
      "BRICS",
      "G20",
      "ASEAN",
      "African Union",
      "Non-Aligned Movement",
      "WTO accession",
      "Candidacy and elections in international bodies",
    ],
  },
];

function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function buildTopicRecords(): TopicRecord[] {
  const records: TopicRecord[] = [];
  for (const area of AREAS) {
    records.push({ slug: area.slug, name: area.name, description: area.description });
    for (const topic of area.topics) {
      const [name, description] = typeof topic === "string" ? [topic, ""] : topic;
      records.push({ slug: slugify(name), name, description, parent: area.slug });
    }
  }
  return records;
}

export { slugify as topicSlug };
