import "server-only";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changeMeetingTags } from "@/lib/meetings/mutations";
import { buildWhere } from "@/lib/meetings/search/build-where";
import { parseMeetingView } from "@/lib/meetings/search/filter-schema";
import { checkSearchText } from "@/lib/meetings/search/search-text";
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

  const { view, searchRefused, problems } = parseMeetingView(new URLSearchParams(target.view));
  if (searchRefused) throw new AppError("validation", problems[0] ?? "This search cannot be used.");
  if (view.q && !checkSearchText(view.q).ok) throw new AppError("validation", "This search cannot be used.");
  const rows = await db.$queryRaw<{ meetingId: string }[]>`
    SELECT m."id"::text AS "meetingId" FROM "Meeting" m WHERE ${buildWhere(view)}
    ORDER BY m."date" DESC NULLS LAST, m."id" DESC LIMIT ${MAX_BULK_MATCHING + 1}`;
  if (rows.length > MAX_BULK_MATCHING) {
    throw new AppError("validation", `Narrow the view first: bulk tagging changes at most ${MAX_BULK_MATCHING.toLocaleString("en")} meetings at once.`);
  }
  if (rows.length === 0) return { changed: 0 };
  return changeMeetingTags(
    rows.map((row) => row.meetingId),
    change,
  );
}
