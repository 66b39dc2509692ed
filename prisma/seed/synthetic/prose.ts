import { createRandom, createZipf, type Random } from "@/prisma/seed/synthetic/random";

/**
 * English-like diplomatic prose with Zipf-distributed terms: sentence frames over word lists
 * ordered by how common each word is, plus a long tail of invented proper names (projects,
 * places, programmes) so the text-search index sees a realistic vocabulary of tens of
 * thousands of terms, most of them rare.
 */

export const NOUNS = (
  "cooperation relations partnership trade energy security development investment region dialogue agreement " +
  "projects sides countries economy transport infrastructure issues talks meeting delegation parliament ministry " +
  "government visit initiative support sector corridor relations prospects connectivity stability peace agenda " +
  "framework memorandum exchange education culture tourism agriculture logistics industry technology finance " +
  "banking health science integration trust interaction consultations commission council summit forum visit " +
  "negotiations implementation priorities potential volume turnover growth markets exports imports supplies " +
  "pipelines railway ports routes hydrogen electricity gas oil climate water environment migration border " +
  "sovereignty integrity crisis conflict settlement process resolution sanctions defence training exercises " +
  "navy aviation communications digitalisation innovation startups universities students scholars archives " +
  "heritage media youth sport diaspora consulates visas citizens companies enterprises contracts loans grants " +
  "credit assistance reconstruction humanitarian refugees demining elections reforms institutions legislation " +
  "standards customs tariffs quotas certification logistics hubs warehouses fleets satellites space research " +
  "medicine vaccines pharmaceuticals hospitals mining minerals metals uranium chemicals fertilisers grain wheat " +
  "cotton textiles automobiles machinery equipment components semiconductors data networks cables platforms"
).split(" ");

export const ADJECTIVES = (
  "bilateral regional strategic economic political mutual joint further comprehensive practical long-term " +
  "multilateral international important friendly constructive fruitful broad new current common close " +
  "sustainable green digital humanitarian cultural scientific technical military parliamentary intergovernmental " +
  "trilateral reliable secure stable peaceful inclusive concrete promising significant major key traditional " +
  "historic high-level ministerial cross-border transcontinental maritime renewable alternative nuclear"
).split(" ");

const VERBS = [
  "discussed", "reviewed", "stressed", "noted", "welcomed", "emphasised", "highlighted", "underlined", "praised",
  "examined", "outlined", "considered", "addressed", "agreed on", "explored", "confirmed", "reaffirmed", "assessed",
  "supported", "proposed", "called for",
];

const CONNECTORS = [
  "In addition,", "Furthermore,", "At the same time,", "During the talks,", "In this context,", "Moreover,",
  "Following the meeting,", "According to the press service,", "As was noted,", "Separately,",
];

const SYLLABLES = (
  "ka ra to mi su ne la vo zan dor bek tal ri an el os ur in ga he li mo sa ta ve ko ar ul ni de ba zu qa ye " +
  "shi tor ven mar gul ast kar lin sor val"
).split(" ");

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Deterministic invented names ("Karvelos", "Tulinar"), distinct from each other. */
function buildProperNames(count: number, seed: number): string[] {
  const random = createRandom(seed);
  const names = new Set<string>();
  while (names.size < count) {
    let word = "";
    const parts = random.int(2, 4);
    for (let i = 0; i < parts; i += 1) word += random.pick(SYLLABLES);
    names.add(capitalize(word));
  }
  return [...names];
}

export interface ProseGenerator {
  /** One sentence; its subject is one of `mentions` (people in the meeting) most of the time. */
  sentence(random: Random, mentions?: string[]): string;
}

const SUBJECTS = ["the sides", "the parties", "the ministers", "both delegations", "the officials", "the two sides"];

/**
 * Sentences are a subject plus a predicate from a bank built once per seed: drawing from the
 * bank is what lets one core write several hundred MB of prose a minute, while the bank itself
 * (tens of thousands of predicates) keeps the Zipf term distribution and the long tail.
 */
export function createProseGenerator(seed: number, options = { properNames: 30_000, predicates: 40_000 }): ProseGenerator {
  const random = createRandom(seed);
  const properNames = buildProperNames(options.properNames, seed);
  const noun = createZipf(NOUNS.length, 1.05);
  const adjective = createZipf(ADJECTIVES.length, 1.0);
  const verb = createZipf(VERBS.length, 0.9);
  const properName = createZipf(properNames.length, 1.0);

  const nounPhrase = (): string => {
    const base = random.chance(0.6) ? `${ADJECTIVES[adjective(random)]} ${NOUNS[noun(random)]}` : NOUNS[noun(random)]!;
    if (random.chance(0.25)) return `${base} in the field of ${NOUNS[noun(random)]}`;
    if (random.chance(0.2)) {
      const kind = random.pick(["project", "programme", "initiative", "forum", "plant", "terminal", "corridor", "field"]);
      return `the ${properNames[properName(random)]} ${kind}`;
    }
    return base;
  };
  const predicate = (): string => {
    const phrases = [nounPhrase()];
    for (let i = random.int(0, 3); i > 0; i -= 1) phrases.push(nounPhrase());
    const list = phrases.length > 1 ? `${phrases.slice(0, -1).join(", ")} and ${phrases[phrases.length - 1]}` : phrases[0]!;
    const between = random.pick(["the two countries", "the regions", "the business communities", "the agencies"]);
    const tail = random.chance(0.3) ? `, as well as ${nounPhrase()} between ${between}` : "";
    return `${VERBS[verb(random)]} ${list}${tail}.`;
  };
  const bank = Array.from({ length: options.predicates }, predicate);

  return {
    sentence(random, mentions = []) {
      const opener = random.chance(0.2) ? random.pick(CONNECTORS) : "";
      const named = mentions.length > 0 && random.chance(0.7);
      const subject = named ? random.pick(mentions) : opener ? random.pick(SUBJECTS) : capitalize(random.pick(SUBJECTS));
      const body = `${subject} ${bank[Math.floor(random.next() * bank.length)]}`;
      return opener ? `${opener} ${body}` : body;
    },
  };
}
