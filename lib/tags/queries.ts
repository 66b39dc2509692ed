import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

/** The tag editor's type-ahead offers at most this many names; cmdk filters them as one types. */
const SUGGESTIONS = 1000;

/**
 * Names of live (not merged) tags for type-ahead, alphabetically. Not ranked by use: counting
 * every MeetingTag row on each page view would not hold at a million meetings.
 * Rule: any signed-in user.
 */
export async function listTagSuggestions(): Promise<string[]> {
  await requireUser();
  const rows = await db.tag.findMany({ where: { mergedIntoId: null }, select: { name: true }, orderBy: { name: "asc" }, take: SUGGESTIONS });
  return rows.map((row) => row.name);
}
