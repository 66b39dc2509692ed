import "server-only";
import { entityHistorySql, toEntityHistory, type HistoryEntityType, type HistoryEntry, type HistoryRow } from "@/lib/entities/history";
import { asMergeJobView, currentMergeJobStatement, type MergeJobView } from "@/lib/entities/merge-jobs/jobs";
import { Prisma, type MergeSubject } from "@/lib/generated/prisma/client";
import { asJson } from "@/lib/meetings/detail/entity-meetings";

// What the page of every record that can be merged (a person, an organisation, a tag) shows beside
// its meetings: the records merged into it, its merge job, its own latest changes. Read as columns
// of the page's one statement (issue 19).

const TABLES: Record<MergeSubject, HistoryEntityType> = { PERSON: "Person", ORGANIZATION: "Organization", TAG: "Tag" };

export interface MergeableRecordParts {
  mergedFrom: { id: string; name: string }[];
  /** A merge of this record running, just finished, or stopped (what its panel shows). */
  mergeJob: MergeJobView | null;
  /** The record's own latest changes (lib/entities/history.ts). */
  history: HistoryEntry[];
}

/** The columns mergeableRecordColumns adds to a row. */
export interface MergeableRecordRow {
  mergedFrom: { id: string; name: string }[];
  mergeJobs: MergeJobView[];
  history: HistoryRow[];
}

/** The three parts as columns "mergedFrom", "mergeJobs" and "history" of a page's statement. `id` must be a uuid. */
export function mergeableRecordColumns(subject: MergeSubject, id: string): Prisma.Sql {
  const table = TABLES[subject];
  return Prisma.sql`
    ${asJson(Prisma.sql`SELECT "id"::text AS "id", "name" FROM ${Prisma.raw(`"${table}"`)} WHERE "mergedIntoId" = ${id}::uuid ORDER BY "name"`)} AS "mergedFrom",
    ${asJson(currentMergeJobStatement(subject, id))} AS "mergeJobs",
    ${entityHistorySql(table, id)} AS "history"`;
}

/** The row's columns as the page shows them. */
export function toMergeableRecordParts(row: MergeableRecordRow): MergeableRecordParts {
  return { mergedFrom: row.mergedFrom, mergeJob: row.mergeJobs[0] ? asMergeJobView(row.mergeJobs[0]) : null, history: toEntityHistory(row.history) };
}
