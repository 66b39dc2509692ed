import "server-only";
import { listSavedViews, normaliseViewQuery } from "@/lib/views/queries";

/**
 * The saved view (own or shared) the table's URL shows, if any: its query as a view keeps it.
 * Rule: any signed-in user, among the views they may open.
 */
export async function findOpenSavedView(params: Record<string, string | string[] | undefined>): Promise<{ id: string; name: string } | null> {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const one of [value ?? []].flat()) search.append(key, one);
  const query = normaliseViewQuery(search.toString());
  if (!query) return null;
  const views = await listSavedViews();
  const open = views.find((view) => view.query === query);
  return open ? { id: open.id, name: open.name } : null;
}
