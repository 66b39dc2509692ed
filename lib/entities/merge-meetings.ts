import "server-only";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";

/**
 * The meetings a merge of people or organisations (or its undo) changes: locked in id order
 * through the unit of work, deleted ones included (their rows move too); each gets a revision.
 */
export async function lockMergedMeetings(unit: MeetingUnitOfWork, ids: string[], action: "MERGE" | "UNMERGE"): Promise<void> {
  for (const id of await unit.lockMany(ids, { deleted: "allow" })) unit.changed(id, action);
}

/**
 * Every row an undo puts back must still be where the merge left it. A later edit of a meeting
 * replaces its participations and evidence (new ids), and a later merge moves them on: putting
 * back what is left would silently undo part of it and say it undid all. So nothing moves.
 */
export function expectAllMoved(moved: number, expected: number, rows: string): void {
  if (moved !== expected) throw undoRefused(`${expected - moved} of the ${expected} ${rows} it moved changed since`);
}

function undoRefused(why: string): AppError {
  return new AppError("conflict", `This merge can no longer be undone: ${why}. Undo the later changes first, or correct the records by hand.`);
}

/** Which column names the merged person or organisation in participations and evidence. */
export type MergedEntityColumn = "personId" | "organizationId";

function meetingsNamingSql(column: MergedEntityColumn, id: string): Prisma.Sql {
  const named = Prisma.raw(`"${column}"`);
  return Prisma.sql`SELECT "meetingId" AS "id" FROM "Participation" WHERE ${named} = ${id}::uuid
    UNION SELECT "meetingId" FROM "Evidence" WHERE ${named} = ${id}::uuid`;
}

/** Meetings whose participants or evidence name the entity, after `after`, in id order. */
export async function meetingsNamingEntity(tx: Prisma.TransactionClient, column: MergedEntityColumn, id: string, after: string | null, limit: number): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS "id" FROM (${meetingsNamingSql(column, id)}) m
    WHERE ${after}::uuid IS NULL OR "id" > ${after}::uuid ORDER BY "id" LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

/** How many meetings name the entity (what a merge's progress counts). */
export async function countMeetingsNamingEntity(tx: Prisma.TransactionClient, column: MergedEntityColumn, id: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS "n" FROM (${meetingsNamingSql(column, id)}) m`;
  return row?.n ?? 0;
}
