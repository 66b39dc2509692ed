import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
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
  const rows = await db.revision.findMany({
    where: { entityType, entityId: id },
    orderBy: { id: "desc" },
    take: HISTORY_SHOWN,
    select: { id: true, action: true, createdAt: true, before: true, after: true, note: true, actor: { select: { name: true } } },
  });
  const intoIds = [...new Set(rows.map((r) => (r.after as Json)?.intoId).filter((v): v is string => typeof v === "string"))];
  const names = new Map<string, string>();
  if (intoIds.length > 0) {
    const where = { id: { in: intoIds } };
    const select = { id: true, name: true } as const;
    const found =
      entityType === "Person" ? await db.person.findMany({ where, select }) : entityType === "Organization" ? await db.organization.findMany({ where, select }) : await db.tag.findMany({ where, select });
    for (const row of found) names.set(row.id, row.name);
  }
  return rows.map((r) => ({
    id: String(r.id),
    action: r.action,
    at: r.createdAt.toISOString(),
    actor: r.actor?.name ?? null,
    changes: changesOf(r.action, r.before as Json, r.after as Json, names),
    note: r.note,
  }));
}
