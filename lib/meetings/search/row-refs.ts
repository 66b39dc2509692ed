import { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingRowRefs } from "@/lib/meetings/dto";

/** Topics a row shows at most; the meeting page lists them all. */
const TOPICS_PER_ROW = 4;

/**
 * The ids behind the names a visible row shows (people, tags, topics), so each can link to the
 * table filtered by it. One query for the visible page only.
 */
export async function selectRowRefs(tx: Prisma.TransactionClient, ids: string[]): Promise<Map<string, MeetingRowRefs>> {
  const refs = new Map<string, MeetingRowRefs>(ids.map((id) => [id, { people: [], tags: [], topics: [] }]));
  if (ids.length === 0) return refs;
  const rows = await tx.$queryRaw<{ meetingId: string; kind: keyof MeetingRowRefs; id: string; name: string }[]>`
    SELECT p."meetingId"::text AS "meetingId", 'people' AS "kind", pe."id"::text AS "id", pe."name"
      FROM "Participation" p JOIN "Person" pe ON pe."id" = p."personId"
      WHERE p."meetingId" = ANY(CAST(${ids} AS uuid[]))
    UNION ALL
    SELECT mt."meetingId"::text, 'tags', t."id"::text, t."name"
      FROM "MeetingTag" mt JOIN "Tag" t ON t."id" = mt."tagId"
      WHERE mt."meetingId" = ANY(CAST(${ids} AS uuid[]))
    UNION ALL
    SELECT mt."meetingId"::text, 'topics', t."id"::text, t."name"
      FROM "MeetingTopic" mt JOIN "Topic" t ON t."id" = mt."topicId"
      WHERE mt."meetingId" = ANY(CAST(${ids} AS uuid[]))
    ORDER BY 4`;
  for (const row of rows) {
    const list = refs.get(row.meetingId)?.[row.kind];
    if (!list || (row.kind === "topics" && list.length >= TOPICS_PER_ROW)) continue;
    if (!list.some((ref) => ref.id === row.id)) list.push({ id: row.id, name: row.name });
  }
  return refs;
}
