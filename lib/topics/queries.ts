import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { readDb } from "@/lib/db";
import {
  countEntityMeetingsByYear,
  entityMeetingSets,
  listEntityMeetings,
  topCountries,
  topPeople,
  type CountedRef,
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
  const topic = await readDb.topic.findUnique({ where: { id }, select: { id: true, name: true, description: true, parent: { select: { id: true, name: true } } } });
  if (!topic) return null;
  const set = entityMeetingSets.topic(id);
  const [countries, people, perYear, meetings] = await Promise.all([
    topCountries(readDb, set),
    topPeople(readDb, set),
    countEntityMeetingsByYear(readDb, set),
    listEntityMeetings(readDb, set, cursor),
  ]);
  return { topic, countries, people, perYear, meetings };
}
