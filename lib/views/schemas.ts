import { z } from "zod";

/** Parameters a saved view keeps: the table's state, never paging (a view opens at page 1). */
const KEPT = new Set(["q", "country", "person", "organization", "topic", "tag", "kind", "status", "outlet", "year", "pair", "from", "to", "sort", "dir", "size", "cols"]);

/** The view's query string, reduced to the table's own parameters in a stable order. */
export function normaliseViewQuery(query: string): string {
  const params = new URLSearchParams(query.replace(/^\?/, ""));
  const kept = [...params.entries()].filter(([key, value]) => KEPT.has(key) && value !== "");
  kept.sort(([a], [b]) => a.localeCompare(b));
  return new URLSearchParams(kept).toString();
}

export const saveViewSchema = z.object({
  name: z.string().trim().min(1, "Name the view.").max(80, "Names must be 80 characters or fewer."),
  query: z.string().max(4000, "This view is too long to save.").transform(normaliseViewQuery),
  shared: z.boolean().default(false),
});

export type SaveViewInput = z.input<typeof saveViewSchema>;

export const viewIdSchema = z.uuid();
