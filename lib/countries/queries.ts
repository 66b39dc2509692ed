import "server-only";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { readDb } from "@/lib/db";
import {
  countEntityMeetingsByYear,
  entityMeetingSets,
  listEntityMeetings,
  topCountries,
  topPeople,
  topTopics,
  type CountedRef,
  type EntityCursor,
  type EntityMeetingPage,
  type PeriodCount,
} from "@/lib/meetings/detail/entity-meetings";

export const countryCodeParamSchema = z.string().regex(/^[A-Za-z]{2}$/).transform((code) => code.toUpperCase());

export interface CountryRef {
  code: string;
  name: string;
}

export interface CountryPage {
  country: CountryRef;
  /** Countries met most often: each links to the pair page. */
  partners: CountedRef[];
  people: CountedRef[];
  topics: CountedRef[];
  perYear: PeriodCount[];
  meetings: EntityMeetingPage;
}

async function findCountry(code: string): Promise<CountryRef | null> {
  const parsed = countryCodeParamSchema.safeParse(code);
  if (!parsed.success) return null;
  return readDb.country.findUnique({ where: { code: parsed.data }, select: { code: true, name: true } });
}

/** A country's page: its meetings newest first, partners, people, topics. Rule: any signed-in user. */
export async function getCountryPage(code: string, cursor?: EntityCursor): Promise<CountryPage | null> {
  await requireUser();
  const country = await findCountry(code);
  if (!country) return null;
  const set = entityMeetingSets.country(country.code);
  const [partners, people, topics, perYear, meetings] = await Promise.all([
    topCountries(readDb, set, [country.code]),
    topPeople(readDb, set, { countryCode: country.code }),
    topTopics(readDb, set),
    countEntityMeetingsByYear(readDb, set),
    listEntityMeetings(readDb, set, cursor),
  ]);
  return { country, partners, people, topics, perYear, meetings };
}

export interface TopicYear {
  year: string;
  topics: { id: string; name: string; count: number }[];
}

export interface CountryPairPage {
  first: CountryRef;
  second: CountryRef;
  total: number;
  perYear: PeriodCount[];
  /** Each side's people, most often first. */
  firstPeople: CountedRef[];
  secondPeople: CountedRef[];
  /** Others present at the pair's meetings (multilateral settings). */
  others: CountedRef[];
  topics: CountedRef[];
  topicsByYear: TopicYear[];
  meetings: EntityMeetingPage;
}

/**
 * Everything recorded between two countries (either order in the URL): a timeline, each side's
 * people with counts, topics over time, the meetings newest first. Rule: any signed-in user.
 */
export async function getCountryPairPage(a: string, b: string, cursor?: EntityCursor): Promise<CountryPairPage | null> {
  await requireUser();
  const [first, second] = await Promise.all([findCountry(a), findCountry(b)]);
  if (!first || !second || first.code === second.code) return null;
  const set = entityMeetingSets.pair(first.code, second.code);
  const [perYear, firstPeople, secondPeople, others, topics, topicRows, meetings] = await Promise.all([
    countEntityMeetingsByYear(readDb, set),
    topPeople(readDb, set, { countryCode: first.code }),
    topPeople(readDb, set, { countryCode: second.code }),
    topCountries(readDb, set, [first.code, second.code], 8),
    topTopics(readDb, set),
    readDb.$queryRaw<{ year: number; id: string; name: string; count: number }[]>`
      SELECT extract(year FROM m."date")::int AS "year", t."id"::text AS "id", t."name", count(*)::int AS "count"
      FROM "MeetingTopic" mt
      JOIN "Meeting" m ON m."id" = mt."meetingId" AND m."deletedAt" IS NULL AND m."date" IS NOT NULL
      JOIN "Topic" t ON t."id" = mt."topicId"
      WHERE mt."meetingId" IN (${set})
      GROUP BY 1, 2, 3 ORDER BY 1 DESC, 4 DESC, 3 ASC`,
    listEntityMeetings(readDb, set, cursor),
  ]);
  const byYear = new Map<string, TopicYear>();
  for (const row of topicRows) {
    const year = String(row.year);
    const entry = byYear.get(year) ?? { year, topics: [] };
    entry.topics.push({ id: row.id, name: row.name, count: row.count });
    byYear.set(year, entry);
  }
  return {
    first,
    second,
    total: perYear.reduce((sum, p) => sum + p.count, 0),
    perYear,
    firstPeople,
    secondPeople,
    others,
    topics,
    topicsByYear: [...byYear.values()],
    meetings,
  };
}
