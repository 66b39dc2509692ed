import type { DemoMeeting } from "@/prisma/seed/demo-meetings/types";

export const beijingVicePremier: DemoMeeting = {
  file: "02-beijing-vice-premier.txt",
  source: { outlet: "Xinhua", publishedOn: "2024-03-14", url: null, title: "" },
  title: "Vice Premier Zhang Weiming meets Georgian Prime Minister Tsiklauri in Beijing",
  kind: "MEETING",
  date: "2024-03-14",
  datePrecision: "DAY",
  place: "Beijing",
  locationCountryCode: "CN",
  summary:
    "Chinese Vice Premier Zhang Weiming met Georgian Prime Minister Levan Tsiklauri in Beijing. Zhang " +
    "proposed implementing the bilateral free trade agreement and expanding cooperation in infrastructure, " +
    "logistics and the digital economy, citing the Anaklia deep-sea port and the East-West Highway for the " +
    "Middle Corridor; Tsiklauri reaffirmed the one-China principle and invited Chinese investment.",
  outcome: "Both sides pledged to deepen cooperation under the Belt and Road Initiative; no documents reported signed.",
  countries: [
    { code: "CN", side: "HOST", evidence: { quote: "Chinese Vice Premier" } },
    { code: "GE", side: "GUEST", evidence: { quote: "Georgian Prime Minister" } },
  ],
  participants: [
    {
      person: "zhangWeiming",
      title: "Vice Premier",
      organization: "stateCouncil",
      countryCode: "CN",
      side: "HOST",
      isDelegationLead: true,
      evidence: { quote: "Chinese Vice Premier Zhang Weiming" },
    },
    {
      person: "tsiklauri",
      title: "Prime Minister of Georgia",
      organization: "governmentOfGeorgia",
      countryCode: "GE",
      side: "GUEST",
      isDelegationLead: true,
      evidence: { quote: "Georgian Prime Minister Levan Tsiklauri" },
    },
    {
      person: "wangLihua",
      title: "Minister of Commerce",
      organization: "mofcom",
      countryCode: "CN",
      side: "HOST",
      evidence: { quote: "Minister of Commerce Wang Lihua" },
    },
    {
      person: "kavtaradze",
      title: "Minister of Economy and Sustainable Development",
      organization: "georgianEconomyMinistry",
      countryCode: "GE",
      side: "GUEST",
      evidence: { quote: "Georgian Minister of Economy and Sustainable Development Nino Kavtaradze" },
    },
  ],
  topics: [
    { slug: "belt-and-road-initiative", evidence: { quote: "deepen cooperation under the Belt and Road Initiative" } },
    { slug: "free-trade-agreement", evidence: { quote: "implement the free trade agreement between the two countries" } },
    { slug: "infrastructure", evidence: { quote: "infrastructure" } },
    { slug: "logistics", evidence: { quote: "logistics" } },
    { slug: "digital-economy", evidence: { quote: "digital economy" } },
    { slug: "anaklia-port", evidence: { quote: "the Anaklia deep-sea port project" } },
    { slug: "middle-corridor", evidence: { quote: "connectivity along the Middle Corridor" } },
    { slug: "one-china-policy", evidence: { quote: "firmly adheres to the one-China principle" } },
    { slug: "investment", evidence: { quote: "welcomes more Chinese enterprises to invest in Georgia" } },
    { slug: "tourism", evidence: { quote: "tourism exchanges" } },
    { slug: "air-connectivity", evidence: { quote: "increase direct flights" } },
  ],
  tags: ["South Caucasus", "Heads of government"],
  evidence: [
    { field: "date", span: { quote: "on Thursday" } },
    { field: "place", span: { quote: "in Beijing" } },
    { field: "kind", span: { quote: "met with" } },
    { field: "outcome", span: { quote: "both sides pledging to deepen cooperation under the Belt and Road Initiative" } },
  ],
};
