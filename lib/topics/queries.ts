import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { readDb } from "@/lib/db";
import {
  asJson,
  entityMeetingSets,
  entityMeetingsStatement,
  MEETINGS_BY_YEAR,
  entityMeetingsScope,
  toEntityMeetingPage,
  toPeriodCounts,
  topCountriesStatement,
  topPeopleStatement,
  type CountedRef,
  type EntityMeetingSqlRow,
  type EntityCursor,
  type EntityMeetingPage,
  type PeriodCount,
} from "@/lib/meetings/detail/entity-meetings";
import { meetingIdSchema } from "@/lib/meetings/schemas";

export interface TopicPage {
  topic: { id: string; name: string; description: string; parent: { id: string; name: string } | null };
  countries: CountedRef[];
  people: CountedRef[];
  perYear: PeriodCount[];
  meetings: EntityMeetingPage;
}

/** A topic's page: its meetings newest first, the countries and people most involved. Rule: any signed-in user. */
export async function getTopicPage(id: string, cursor?: EntityCursor): Promise<TopicPage | null> {
  await requireUser();
  if (!meetingIdSchema.safeParse(id).success) return null;
  const set = entityMeetingSets.topic(id);
  // The topic and every part of its page in one statement (issue 19: it took five).
  const [row] = await readDb.$queryRaw<
    (TopicPage["topic"] & { parentId: string | null; parentName: string | null; countries: CountedRef[]; people: CountedRef[]; perYear: { year: number; count: number }[]; meetings: EntityMeetingSqlRow[] })[]
  >`
    ${entityMeetingsScope(set)}
    SELECT t."id"::text AS "id", t."name", t."description", p."id"::text AS "parentId", p."name" AS "parentName",
           ${asJson(topCountriesStatement())} AS "countries",
           ${asJson(topPeopleStatement())} AS "people",
           ${asJson(MEETINGS_BY_YEAR)} AS "perYear",
           ${asJson(entityMeetingsStatement(cursor))} AS "meetings"
      FROM "Topic" t LEFT JOIN "Topic" p ON p."id" = t."parentId" WHERE t."id" = ${id}::uuid`;
  if (!row) return null;
  const topic = { id: row.id, name: row.name, description: row.description, parent: row.parentId ? { id: row.parentId, name: row.parentName ?? "" } : null };
  return { topic, countries: row.countries, people: row.people, perYear: toPeriodCounts(row.perYear), meetings: toEntityMeetingPage(row.meetings) };
}
