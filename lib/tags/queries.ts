import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db, readDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { mergeableRecordColumns, toMergeableRecordParts, type MergeableRecordParts, type MergeableRecordRow } from "@/lib/entities/mergeable-record";
import {
  asJson,
  entityMeetingSets,
  entityMeetingsStatement,
  MEETINGS_BY_YEAR,
  entityMeetingsScope,
  toEntityMeetingPage,
  toPeriodCounts,
  topCountriesStatement,
  type CountedRef,
  type EntityMeetingSqlRow,
  type EntityCursor,
  type EntityMeetingPage,
  type PeriodCount,
} from "@/lib/meetings/detail/entity-meetings";
import { meetingIdSchema } from "@/lib/meetings/schemas";

/** The tag editor's type-ahead offers at most this many names; cmdk filters them as one types. */
const SUGGESTIONS = 1000;

/**
 * Names of live (not merged) tags for type-ahead, alphabetically. Not ranked by use: counting
 * every MeetingTag row on each page view would not hold at a million meetings.
 * Rule: any signed-in user.
 */
export async function listTagSuggestions(): Promise<string[]> {
  await requireUser();
  const [found] = await db.$queryRaw<{ names: string[] }[]>`SELECT ${tagSuggestionsSql()} AS "names"`;
  return found!.names;
}

/** The suggestions as one text[] column, for a SELECT of its own or the meeting page's one read (issue 19). */
export function tagSuggestionsSql(): Prisma.Sql {
  return Prisma.sql`ARRAY(SELECT "name" FROM "Tag" WHERE "mergedIntoId" IS NULL ORDER BY "name" LIMIT ${SUGGESTIONS})`;
}

export interface TagPage extends MergeableRecordParts {
  tag: { id: string; name: string; description: string };
  /** Names it had before renames, newest first: typing one still adds this tag. */
  formerNames: string[];
  countries: CountedRef[];
  perYear: PeriodCount[];
  meetings: EntityMeetingPage;
}

export type TagLookup = { state: "found"; page: TagPage } | { state: "merged"; into: string } | null;

interface TagRow extends MergeableRecordRow {
  id: string;
  name: string;
  description: string;
  mergedIntoId: string | null;
  formerNames: string[];
  countries: CountedRef[];
  perYear: { year: number; count: number }[];
  meetings: EntityMeetingSqlRow[];
}

/** A tag's page; a merged tag answers with the tag it went into, so old links keep working. Rule: any signed-in user. */
export async function getTagPage(id: string, cursor?: EntityCursor): Promise<TagLookup> {
  await requireUser();
  if (!meetingIdSchema.safeParse(id).success) return null;
  const set = entityMeetingSets.tag(id);
  // Everything the page shows in one statement, as the person's page reads it (issue 19: it took eight).
  const [tag] = await readDb.$queryRaw<TagRow[]>`
    ${entityMeetingsScope(set)}
    SELECT t."id"::text AS "id", t."name", t."description", t."mergedIntoId"::text AS "mergedIntoId",
           ARRAY(SELECT f."name" FROM "TagFormerName" f WHERE f."tagId" = t."id" ORDER BY f."createdAt" DESC, f."id" DESC) AS "formerNames",
           ${asJson(topCountriesStatement())} AS "countries",
           ${asJson(MEETINGS_BY_YEAR)} AS "perYear",
           ${asJson(entityMeetingsStatement(cursor))} AS "meetings",
           ${mergeableRecordColumns("TAG", id)}
    FROM "Tag" t WHERE t."id" = ${id}::uuid`;
  if (!tag) return null;
  if (tag.mergedIntoId) return { state: "merged", into: tag.mergedIntoId };
  return {
    state: "found",
    page: {
      tag: { id: tag.id, name: tag.name, description: tag.description },
      formerNames: tag.formerNames,
      countries: tag.countries,
      perYear: toPeriodCounts(tag.perYear),
      meetings: toEntityMeetingPage(tag.meetings),
      ...toMergeableRecordParts(tag),
    },
  };
}

export interface TagListItem {
  id: string;
  name: string;
  description: string;
  /** Names it had before renames, newest first. */
  formerNames: string[];
  count: number;
}

/**
 * Every live tag with its count of live meetings, alphabetically. Counted in one GROUP BY over
 * MeetingTag's (tagId, meetingId) index. Rule: any signed-in user.
 */
export async function listTags(): Promise<TagListItem[]> {
  await requireUser();
  return readDb.$queryRaw<TagListItem[]>`
    SELECT t."id"::text AS "id", t."name", t."description", coalesce(c."count", 0)::int AS "count",
      array(SELECT f."name" FROM "TagFormerName" f WHERE f."tagId" = t."id" ORDER BY f."createdAt" DESC, f."id" DESC) AS "formerNames"
    FROM "Tag" t
    LEFT JOIN (
      SELECT mt."tagId", count(*) AS "count" FROM "MeetingTag" mt
      JOIN "Meeting" m ON m."id" = mt."meetingId" AND m."deletedAt" IS NULL
      GROUP BY mt."tagId"
    ) c ON c."tagId" = t."id"
    WHERE t."mergedIntoId" IS NULL
    ORDER BY lower(t."name"), t."id"`;
}
