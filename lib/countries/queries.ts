import "server-only";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { readDb } from "@/lib/db";
import {
  asJson,
  entityMeetingsStatement,
  meetingsByYearStatement,
  toEntityMeetingPage,
  toPeriodCounts,
  topCountriesStatement,
  topPeopleStatement,
  topTopicsStatement,
  type EntityMeetingSqlRow,
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
  const parsed = countryCodeParamSchema.safeParse(code);
  if (!parsed.success) return null;
  const set = entityMeetingSets.country(parsed.data);
  // The country and every part of its page in one statement (issue 19: it took six).
  const [row] = await readDb.$queryRaw<(CountryRef & { partners: CountedRef[]; people: CountedRef[]; topics: CountedRef[]; perYear: { year: number; count: number }[]; meetings: EntityMeetingSqlRow[] })[]>`
    SELECT c."code"::text AS "code", c."name",
           ${asJson(topCountriesStatement(set, [parsed.data]))} AS "partners",
           ${asJson(topPeopleStatement(set, { countryCode: parsed.data }))} AS "people",
           ${asJson(topTopicsStatement(set))} AS "topics",
           ${asJson(meetingsByYearStatement(set))} AS "perYear",
           ${asJson(entityMeetingsStatement(set, cursor))} AS "meetings"
      FROM "Country" c WHERE c."code" = ${parsed.data}`;
  if (!row) return null;
  const { partners, people, topics, perYear, meetings } = row;
  return { country: { code: row.code, name: row.name }, partners, people, topics, perYear: toPeriodCounts(perYear), meetings: toEntityMeetingPage(meetings) };
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
