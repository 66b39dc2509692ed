import "server-only";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { readDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  asJson,
  entityMeetingsStatement,
  MEETINGS_BY_YEAR,
  entityMeetingsScope,
  toEntityMeetingPage,
  toPeriodCounts,
  topCountriesStatement,
  topPeopleStatement,
  topTopicsStatement,
  type EntityMeetingSqlRow,
  entityMeetingSets,
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

/** A country's page: its meetings newest first, partners, people, topics. Rule: any signed-in user. */
export async function getCountryPage(code: string, cursor?: EntityCursor): Promise<CountryPage | null> {
  await requireUser();
  const parsed = countryCodeParamSchema.safeParse(code);
  if (!parsed.success) return null;
  const set = entityMeetingSets.country(parsed.data);
  // The country and every part of its page in one statement (issue 19: it took six).
  const [row] = await readDb.$queryRaw<(CountryRef & { partners: CountedRef[]; people: CountedRef[]; topics: CountedRef[]; perYear: { year: number; count: number }[]; meetings: EntityMeetingSqlRow[] })[]>`
    ${entityMeetingsScope(set)}
    SELECT c."code"::text AS "code", c."name",
           ${asJson(topCountriesStatement([parsed.data]))} AS "partners",
           ${asJson(topPeopleStatement({ countryCode: parsed.data }))} AS "people",
           ${asJson(topTopicsStatement())} AS "topics",
           ${asJson(MEETINGS_BY_YEAR)} AS "perYear",
           ${asJson(entityMeetingsStatement(cursor))} AS "meetings"
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
  const first = countryCodeParamSchema.safeParse(a);
  const second = countryCodeParamSchema.safeParse(b);
  if (!first.success || !second.success || first.data === second.data) return null;
  const set = entityMeetingSets.pair(first.data, second.data);
  // Both countries and every part of the page in one statement (issue 19: it took nine).
  const [row] = await readDb.$queryRaw<PairRow[]>`
    ${entityMeetingsScope(set)}
    SELECT x."code"::text AS "firstCode", x."name" AS "firstName", y."code"::text AS "secondCode", y."name" AS "secondName",
           ${asJson(MEETINGS_BY_YEAR)} AS "perYear",
           ${asJson(topPeopleStatement({ countryCode: first.data }))} AS "firstPeople",
           ${asJson(topPeopleStatement({ countryCode: second.data }))} AS "secondPeople",
           ${asJson(topCountriesStatement([first.data, second.data], 8))} AS "others",
           ${asJson(topTopicsStatement())} AS "topics",
           ${asJson(Prisma.sql`
             SELECT extract(year FROM m."date")::int AS "year", t."id"::text AS "id", t."name", count(*)::int AS "count"
             FROM "live" m
             JOIN "MeetingTopic" mt ON mt."meetingId" = m."id"
             JOIN "Topic" t ON t."id" = mt."topicId"
             WHERE m."date" IS NOT NULL
             GROUP BY 1, 2, 3 ORDER BY 1 DESC, 4 DESC, 3 ASC`)} AS "topicRows",
           ${asJson(entityMeetingsStatement(cursor))} AS "meetings"
      FROM "Country" x, "Country" y WHERE x."code" = ${first.data} AND y."code" = ${second.data}`;
  if (!row) return null;
  const byYear = new Map<string, TopicYear>();
  for (const topic of row.topicRows) {
    const year = String(topic.year);
    const entry = byYear.get(year) ?? { year, topics: [] };
    entry.topics.push({ id: topic.id, name: topic.name, count: topic.count });
    byYear.set(year, entry);
  }
  const perYear = toPeriodCounts(row.perYear);
  return {
    first: { code: row.firstCode, name: row.firstName },
    second: { code: row.secondCode, name: row.secondName },
    total: perYear.reduce((sum, p) => sum + p.count, 0),
    perYear,
    firstPeople: row.firstPeople,
    secondPeople: row.secondPeople,
    others: row.others,
    topics: row.topics,
    topicsByYear: [...byYear.values()],
    meetings: toEntityMeetingPage(row.meetings),
  };
}

interface PairRow {
  firstCode: string;
  firstName: string;
  secondCode: string;
  secondName: string;
  perYear: { year: number; count: number }[];
  firstPeople: CountedRef[];
  secondPeople: CountedRef[];
  others: CountedRef[];
  topics: CountedRef[];
  topicRows: { year: number; id: string; name: string; count: number }[];
  meetings: EntityMeetingSqlRow[];
}
