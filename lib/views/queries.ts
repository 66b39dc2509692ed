import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { SavedViewItem } from "@/lib/views/dto";
import { MAX_OWN_VIEWS, MAX_SHARED_VIEWS_LISTED } from "@/lib/views/internal/schemas";

const SELECT = { id: true, name: true, query: true, shared: true, ownerId: true, owner: { select: { name: true } } } as const;

/**
 * The caller's own views first, all of them (saving stops at MAX_OWN_VIEWS), each by name; then
 * up to MAX_SHARED_VIEWS_LISTED views colleagues shared, by name. Two reads, so that however many
 * views others share, none of the caller's own is pushed out of the menu.
 * Rule: any signed-in user; another user's unshared views are never listed.
 */
export async function listSavedViews(): Promise<SavedViewItem[]> {
  const user = await requireUser();
  const [own, shared] = await Promise.all([
    db.savedView.findMany({ where: { ownerId: user.id }, select: SELECT, orderBy: [{ name: "asc" }, { id: "asc" }], take: MAX_OWN_VIEWS }),
    db.savedView.findMany({
      where: { shared: true, ownerId: { not: user.id } },
      select: SELECT,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: MAX_SHARED_VIEWS_LISTED,
    }),
  ]);
  return [...own, ...shared].map((row) => ({
    id: row.id,
    name: row.name,
    query: row.query,
    shared: row.shared,
    owner: row.owner.name,
    mine: row.ownerId === user.id,
  }));
}
