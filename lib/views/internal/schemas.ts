import { z } from "zod";
import { PARAM_LABELS } from "@/lib/meetings/search/filter-schema";

/** Parameters a saved view keeps: the table's state, never paging (a view opens at page 1). */
const KEPT = new Set(["q", ...Object.keys(PARAM_LABELS).filter((key) => key !== "page")]);

/** The view's query string, reduced to the table's own parameters in a stable order. */
export function normaliseViewQuery(query: string): string {
  const params = new URLSearchParams(query.replace(/^\?/, ""));
  const kept = [...params.entries()].filter(([key, value]) => KEPT.has(key) && value !== "");
  kept.sort(([a], [b]) => a.localeCompare(b));
  return new URLSearchParams(kept).toString();
}

/** How many views one person may keep: all of them always fit in their menu. */
export const MAX_OWN_VIEWS = 100;
/** How many of the views colleagues shared the menu lists, after the caller's own. */
export const MAX_SHARED_VIEWS_LISTED = 50;

export const saveViewSchema = z.object({
  name: z.string().trim().min(1, "Name the view.").max(80, "Names must be 80 characters or fewer."),
  query: z.string().max(4000, "This view is too long to save.").transform(normaliseViewQuery),
  shared: z.boolean().default(false),
});

export type SaveViewInput = z.input<typeof saveViewSchema>;

export const viewIdSchema = z.uuid();
