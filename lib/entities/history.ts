import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RevisionAction } from "@/lib/generated/prisma/enums";
import { meetingIdSchema } from "@/lib/meetings/schemas";

/** One change to a person, organisation or tag, as its page's history lists it. */
export interface HistoryEntry {
  id: string;
  action: RevisionAction;
  /** ISO time. */
  at: string;
  actor: string | null;
  /** What changed, field by field, in words ("—" for nothing). */
  changes: { field: string; from: string; to: string }[];
  note: string | null;
}

export type HistoryEntityType = "Person" | "Organization" | "Tag";

/** The history shows the latest this many changes. */
export const HISTORY_SHOWN = 50;

const LABELS: Record<string, string> = {
  name: "Name",
  acronym: "Acronym",
  countryCode: "Country",
  notes: "Notes",
  wikidataId: "Wikidata id",
  aliases: "Spellings",
  description: "Description",
};

type Json = Record<string, unknown> | null;

function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.map((v) => (typeof v === "object" && v && "alias" in v ? String(v.alias) : String(v))).join(", ") || "—";
  return String(value);
}

/** Field by field what a revision changed; merges say what moved. */
function changesOf(action: RevisionAction, before: Json, after: Json, names: Map<string, string>): HistoryEntry["changes"] {
  if (action === "MERGE" || action === "UNMERGE") {
    const into = String(after?.intoId ?? before?.mergedIntoId ?? "");
    const meetings = typeof after?.meetings === "number" ? `, ${after.meetings.toLocaleString("en")} meetings` : "";
    const what = action === "MERGE" ? "Merged into" : "Merge undone from";
    return [{ field: what, from: "", to: `${names.get(into) ?? "a record since removed"}${meetings}` }];
  }
  if (action === "DELETE") return [{ field: "Deleted", from: shown(before?.name), to: "" }];
  const keys = Object.keys(LABELS).filter((key) => (before && key in before) || (after && key in after));
  return keys.filter((key) => shown(before?.[key]) !== shown(after?.[key])).map((key) => ({ field: LABELS[key]!, from: shown(before?.[key]), to: shown(after?.[key]) }));
}

/**
 * A person's, organisation's or tag's own revisions (edits, spellings, renames, merges), newest
 * first; its meetings' revisions are on the meetings. Rule: any signed-in user.
 */
export async function listEntityHistory(entityType: HistoryEntityType, id: string): Promise<HistoryEntry[]> {
  await requireUser();
  if (!meetingIdSchema.safeParse(id).success) return [];
  const [found] = await db.$queryRaw<{ history: HistoryRow[] }[]>`SELECT ${entityHistorySql(entityType, id)} AS "history"`;
  return toEntityHistory(found!.history);
}

export interface HistoryRow {
  id: string;
  action: RevisionAction;
  at: string;
  before: Json;
  after: Json;
  note: string | null;
  actor: string | null;
  /** A merge's survivor's name, when it still exists. */
  intoName: string | null;
}

const TABLES: Record<HistoryEntityType, Prisma.Sql> = { Person: Prisma.sql`"Person"`, Organization: Prisma.sql`"Organization"`, Tag: Prisma.sql`"Tag"` };

/**
 * The latest HISTORY_SHOWN revisions with their actors and merge survivors' names as one JSON
 * column, for a SELECT of its own or the entity page's one read (issue 19). `id` must be a uuid.
 */
export function entityHistorySql(entityType: HistoryEntityType, id: string): Prisma.Sql {
  return Prisma.sql`(SELECT COALESCE(json_agg(json_build_object(
             'id', r."id"::text, 'action', r."action", 'before', r."before", 'after', r."after", 'note', r."note", 'actor', u."name", 'intoName', n."name",
             'at', to_char(r."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
           ORDER BY r."id" DESC), '[]'::json)
      FROM (SELECT * FROM "Revision" WHERE "entityType" = ${entityType} AND "entityId" = ${id} ORDER BY "id" DESC LIMIT ${HISTORY_SHOWN}) r
      LEFT JOIN "user" u ON u."id" = r."actorId"
      LEFT JOIN ${TABLES[entityType]} n ON n."id"::text = r."after" ->> 'intoId')`;
}

/** The rows of entityHistorySql as the history card lists them. */
export function toEntityHistory(rows: HistoryRow[]): HistoryEntry[] {
  const names = new Map(rows.flatMap((r) => (typeof r.after?.intoId === "string" && r.intoName !== null ? [[r.after.intoId, r.intoName] as const] : [])));
  return rows.map((r) => ({ id: r.id, action: r.action, at: r.at, actor: r.actor, changes: changesOf(r.action, r.before, r.after, names), note: r.note }));
}
