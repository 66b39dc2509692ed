import "server-only";
import { requireRole } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { changeMeetingTags } from "@/lib/meetings/mutations";
import { buildWhere } from "@/lib/meetings/search/build-where";
import { inViewTransaction, openView, planView } from "@/lib/meetings/internal/search/open-view";
import { TOO_BROAD } from "@/lib/meetings/search/search-meetings";
import { isSearchTimeout } from "@/lib/meetings/internal/search/timeout";
import { withUserLimit } from "@/lib/security/user-limits";

/** "All N matching" tags at most this many meetings at once (the write path's own bound). */
export const MAX_BULK_MATCHING = 10_000;

/**
 * Adds and removes tags on the selected meetings, or on every meeting of a view ("all N
 * matching", given as the view's query string): each changed meeting gets its revision through
 * the one write path. Rule: analysts and admins.
 */
export async function tagMeetings(
  target: { ids: string[] } | { view: string },
  change: { add: string[]; remove: string[] },
): Promise<{ changed: number }> {
  const user = await requireRole("analyst");
  if (change.add.length === 0 && change.remove.length === 0) throw new AppError("validation", "Name a tag to add or remove.");
  // One bulk run per analyst at a time: each writes a revision per meeting, up to thousands.
  return withUserLimit(user.id, "bulkTag", () => tagTarget(target, change));
}

async function tagTarget(target: { ids: string[] } | { view: string }, change: { add: string[]; remove: string[] }): Promise<{ changed: number }> {
  if ("ids" in target) return changeMeetingTags(target.ids, change);

  const { view, refusal } = openView(new URLSearchParams(target.view));
  if (refusal) throw new AppError("validation", refusal);
  // Read as the table reads it: the same plan, the same time limit, "too broad" when it runs out.
  const rows = await inViewTransaction(async (tx) => {
    const searchPlan = await planView(tx, view, MAX_BULK_MATCHING + 1);
    return tx.$queryRaw<{ meetingId: string }[]>`
      SELECT m."id"::text AS "meetingId" FROM "Meeting" m WHERE ${buildWhere(view, { searchPlan })}
      ORDER BY m."date" DESC NULLS LAST, m."id" DESC LIMIT ${MAX_BULK_MATCHING + 1}`;
  }).catch((error: unknown) => {
    if (isSearchTimeout(error)) throw new AppError("validation", TOO_BROAD);
    throw error;
  });
  if (rows.length > MAX_BULK_MATCHING) {
    throw new AppError("validation", `Narrow the view first: bulk tagging changes at most ${MAX_BULK_MATCHING.toLocaleString("en")} meetings at once.`);
  }
  if (rows.length === 0) return { changed: 0 };
  return changeMeetingTags(
    rows.map((row) => row.meetingId),
    change,
  );
}
