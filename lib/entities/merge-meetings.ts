import "server-only";
import { AppError } from "@/lib/errors";
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
