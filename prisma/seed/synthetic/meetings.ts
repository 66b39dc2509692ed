import type { MeetingKind, Side } from "@/lib/generated/prisma/enums";
import { copyLine } from "@/prisma/seed/synthetic/copy-format";
import { MONTHS, OUTLETS, VENUES } from "@/prisma/seed/synthetic/names";
import type { Pool, PoolCountry, PoolPerson } from "@/prisma/seed/synthetic/pool";
import { ADJECTIVES, createProseGenerator, NOUNS } from "@/prisma/seed/synthetic/prose";
import { createRandom, createWeighted, createZipf, deriveSeed, shuffled, type Random } from "@/prisma/seed/synthetic/random";
import type { Batch } from "@/prisma/seed/synthetic/tables";

/** Timestamps never pass this day, so a seed gives the same data whenever it runs. */
const LATEST = Date.UTC(2026, 10, 27);
const FIRST_YEAR = 1995;
const LAST_YEAR = 2026;

const kinds = createWeighted<MeetingKind>([
  ["MEETING", 40], ["TALKS", 20], ["VISIT", 18], ["CALL", 12], ["SIDELINES", 8], ["MEDIATION", 2],
]);
const participantCount = createWeighted(
  Array.from({ length: 19 }, (_, i) => [i + 2, 1 / Math.pow(i + 1, 1.4)] as const),
);
const topicCount = createWeighted([[1, 20], [2, 30], [3, 25], [4, 13], [5, 8], [6, 4]] as const);
const tagCount = createWeighted([[0, 35], [1, 35], [2, 20], [3, 10]] as const);
const sourceCount = createWeighted([[1, 55], [2, 30], [3, 15]] as const);
const years = createWeighted(
  Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => [FIRST_YEAR + i, Math.pow(i + 3, 1.5)] as const),
);

export interface GeneratorInput {
  pool: Pool;
  /** Every topic a meeting may carry, in a fixed order (most used first after shuffling). */
  topics: { id: string; name: string }[];
  /** Tag ids in the order of pool.tags. */
  tagIds: string[];
}

export interface MeetingGenerator {
  /** Appends one meeting's rows to `batch`; `nextId` makes its UUIDv7 ids. */
  generate(batch: Batch, batchNumber: number, nextId: () => string): void;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** "Ambassador of Nigeria to Croatia" → "ambassador", for headlines. */
function role(title: string): string {
  if (title === "Member of Parliament") return "MP";
  return title.replace(/ (of|to|on) .*$/, "").toLowerCase();
}

// Topic names start with a capital in the vocabulary; in running text only proper names keep it.
const COMMON_FIRST_WORDS = new Set([
  ...NOUNS, ...ADJECTIVES,
  ..."trade free vocational water urban air regional inter-parliamentary party-to-party high-level diplomatic consular visa human rule territorial border peace ceasefire frozen refugees defence defense maritime counter-terrorism arms military intelligence organised customs industrial banking development labour business special oil electricity green geothermal hydropower solar carbon road transit biodiversity disaster youth religion language artificial telecommunications e-government candidacy state joint memorandum sport".split(" "),
]);

function inText(name: string): string {
  const first = name.slice(0, name.indexOf(" ") === -1 ? name.length : name.indexOf(" ")).toLowerCase();
  return COMMON_FIRST_WORDS.has(first) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

function listed(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}` : (items[0] ?? "");
}

function surname(person: PoolPerson): string {
  return person.name.slice(person.name.lastIndexOf(" ") + 1);
}

export function createMeetingGenerator(seed: number, input: GeneratorInput): MeetingGenerator {
  const { pool } = input;
  const random = createRandom(deriveSeed(seed, "meetings"));
  const prose = createProseGenerator(deriveSeed(seed, "prose"));
  const countries = shuffled(pool.countries, createRandom(deriveSeed(seed, "country-order")));
  const countryRank = createZipf(countries.length, 1.0);
  const topics = shuffled(input.topics, createRandom(deriveSeed(seed, "topic-order")));
  const topicRank = createZipf(topics.length, 1.0);
  const tagRank = createZipf(input.tagIds.length, 1.1);
  const outletRank = createZipf(OUTLETS.length, 1.0);
  const personRank = new Map<string, (random: Random) => number>();
  const pickPerson = (code: string, taken: Set<number>): number | undefined => {
    const list = pool.peopleByCountry.get(code)!;
    let rank = personRank.get(code);
    if (!rank) personRank.set(code, (rank = createZipf(list.length, 1.1)));
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const index = list[rank(random)]!;
      if (!taken.has(index)) return index;
    }
    return undefined;
  };
  const pickCountry = (exclude: Set<string>): PoolCountry => {
    for (;;) {
      const country = countries[countryRank(random)]!;
      if (!exclude.has(country.code)) return country;
    }
  };

  return {
    generate(batch, batchNumber, nextId) {
      const meetingId = nextId();
      const kind = kinds(random);
      const year = years(random);
      const month = random.int(0, year === LAST_YEAR ? 9 : 11);
      const day = random.int(1, 28);
      const precisionDraw = random.next();
      const precision = precisionDraw < 0.92 ? "DAY" : precisionDraw < 0.98 ? "MONTH" : "YEAR";
      const dateMs = Date.UTC(year, precision === "YEAR" ? 0 : month, precision === "DAY" ? day : 1);
      const createdMs = Math.min(LATEST, Date.UTC(year, month, day) + random.int(0, 20 * 86_400) * 1000);
      const updatedMs = random.chance(0.2) ? Math.min(LATEST, createdMs + random.int(1, 200 * 86_400) * 1000) : createdMs;

      // Countries and sides.
      const used = new Set<string>();
      const host = pickCountry(used);
      used.add(host.code);
      const guest = pickCountry(used);
      used.add(guest.code);
      const sides: [PoolCountry, Side][] = [[host, "HOST"], [guest, "GUEST"]];
      if (kind === "MEDIATION" || random.chance(0.1)) {
        const extra = kind === "MEDIATION" ? 1 : random.int(1, 3);
        for (let i = 0; i < extra; i += 1) {
          const third = pickCountry(used);
          used.add(third.code);
          sides.push([third, "THIRD_PARTY"]);
        }
      }
      const venue = kind === "SIDELINES" ? random.pick(VENUES) : undefined;
      const place = kind === "CALL" ? null : venue ? venue.place : host.capital;
      const locationCode = kind === "CALL" ? null : venue ? venue.countryCode : host.code;

      // Participants: the two leads first, then their delegations.
      const taken = new Set<number>();
      const wanted = participantCount(random);
      const chosen: { person: PoolPerson; side: Side; lead: boolean }[] = [];
      for (const [country, side] of sides) {
        const index = pickPerson(country.code, taken);
        if (index === undefined) continue;
        taken.add(index);
        chosen.push({ person: pool.people[index]!, side, lead: side !== "THIRD_PARTY" || kind === "MEDIATION" });
      }
      while (chosen.length < wanted) {
        const [country, side] = random.chance(0.8) ? sides[random.int(0, 1)]! : random.pick(sides);
        const index = pickPerson(country.code, taken);
        if (index === undefined) break;
        taken.add(index);
        chosen.push({ person: pool.people[index]!, side, lead: false });
      }
      const hostLead = chosen[0]!.person;
      const guestLead = chosen[1]!.person;

      const topicIndices = new Set<number>();
      for (let i = topicCount(random); topicIndices.size < i; ) topicIndices.add(topicRank(random));
      const meetingTopics = [...topicIndices].map((index) => topics[index]!);
      const tagIndices = new Set<number>();
      for (let i = tagCount(random); tagIndices.size < i; ) tagIndices.add(tagRank(random));

      const title =
        kind === "TALKS" ? `${surname(hostLead)} holds talks with ${guest.demonym} counterpart ${guestLead.name}`
        : kind === "VISIT" ? `${guestLead.name} visits ${host.name} for talks with ${surname(hostLead)}`
        : kind === "CALL" ? `${surname(hostLead)} and ${surname(guestLead)} hold phone call`
        : kind === "SIDELINES" ? `${surname(hostLead)} meets ${surname(guestLead)} on the sidelines of ${venue!.event}`
        : kind === "MEDIATION" ? `${sides[2]![0].demonym} mediation between ${host.name} and ${guest.name}`
        : `${surname(hostLead)} meets ${guest.demonym} ${role(guestLead.title)} ${surname(guestLead)}`;
      const topicList = listed(meetingTopics.map((topic) => inText(topic.name)));
      const summary =
        `${hostLead.title} ${hostLead.name} and ${guestLead.title} ${guestLead.name} discussed ${topicList}. ` +
        prose.sentence(random, [surname(hostLead), surname(guestLead)]);
      const outcome = !random.chance(0.35) ? ""
        : random.chance(0.5) ? `Signed a memorandum of understanding on ${inText(meetingTopics[0]!.name)}.`
        : `Agreed to hold the next round in ${guest.capital}.`;
      const deleted = random.chance(0.005);

      batch.meeting.push(copyLine([
        meetingId, title, kind, random.chance(0.93) ? "PUBLISHED" : "DRAFT", iso(dateMs).slice(0, 10), precision,
        place, locationCode, summary, outcome, iso(createdMs), iso(updatedMs), deleted ? iso(updatedMs) : null,
      ]));
      for (const [country, side] of sides) batch.meetingCountry.push(copyLine([meetingId, country.code, side]));
      const participationIds = chosen.map(({ person, side, lead }, position) => {
        const id = nextId();
        batch.participation.push(copyLine([id, meetingId, person.id, person.organizationId, person.countryCode, person.title, side, lead, position]));
        return id;
      });
      for (const topic of meetingTopics) batch.meetingTopic.push(copyLine([meetingId, topic.id]));
      for (const index of tagIndices) batch.meetingTag.push(copyLine([meetingId, input.tagIds[index]!, iso(createdMs)]));

      // Sources: a dateline, a lead paragraph naming the leads, then prose until a few KB.
      const datePhrase = precision === "DAY" ? `on ${MONTHS[month]} ${day}` : precision === "MONTH" ? `in ${MONTHS[month]} ${year}` : `in ${year}`;
      const mentions = chosen.map(({ person }) => surname(person));
      for (let s = 0, count = sourceCount(random); s < count; s += 1) {
        const sourceId = nextId();
        const outlet = OUTLETS[outletRank(random)]!;
        const publishedMs = Math.min(LATEST, Date.UTC(year, month, day) + random.int(0, 3) * 86_400_000);
        let text = place ? `${place.toUpperCase()}, ${MONTHS[month]} ${day} (${outlet.name}) -- ` : `${MONTHS[month]} ${day} (${outlet.name}) -- `;
        const spans: { start: number; end: number; field: string | null; participant?: number }[] = [];
        if (place) spans.push({ start: 0, end: place.length, field: "place" });
        const cite = (piece: string, field: string | null, participant?: number) => {
          spans.push({ start: text.length, end: text.length + piece.length, field, participant });
          text += piece;
        };
        cite(`${hostLead.title} ${hostLead.name}`, null, 0);
        text += kind === "CALL" ? " held a telephone conversation with " : kind === "TALKS" ? " held talks with " : " met with ";
        cite(`${guestLead.title} ${guestLead.name}`, null, 1);
        text += " ";
        cite(datePhrase, "date");
        text += `, the ${random.pick(["press service", "ministry", "government", "parliament"])} reported.\n\nThe sides discussed ${topicList}. `;
        if (chosen.length > 2) {
          text += `The meeting was attended by ${chosen.slice(2, 8).map(({ person }) => `${person.title} ${person.name}`).join(", ")}. `;
        }
        const target = random.int(1_200, 4_000);
        let inParagraph = 0;
        while (text.length < target) {
          text += prose.sentence(random, mentions);
          inParagraph += 1;
          if (inParagraph >= 4 && random.chance(0.4)) {
            text += "\n\n";
            inParagraph = 0;
          } else text += " ";
        }
        const url = random.chance(0.75) ? `https://${outlet.domain}/news/${year}/${String(month + 1).padStart(2, "0")}/${random.uint32().toString(36)}-${random.uint32().toString(36)}` : null;
        batch.source.push(copyLine([batchNumber, sourceId, meetingId, outlet.name, url, "", iso(publishedMs).slice(0, 10), "en", text.trimEnd(), iso(createdMs)]));
        if (s > 0) continue;
        for (const span of spans) {
          const participant = span.participant === undefined ? undefined : chosen[span.participant]!;
          batch.evidence.push(copyLine([
            batchNumber, nextId(), meetingId, sourceId, span.start, span.end, text.slice(span.start, span.end), span.field,
            span.participant === undefined ? null : participationIds[span.participant]!, participant?.person.id ?? null,
            null, iso(createdMs),
          ]));
        }
      }
    },
  };
}
