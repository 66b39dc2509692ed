import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { SavedViewItem } from "@/lib/views/dto";

/**
 * The caller's own views and those colleagues shared, by name.
 * Rule: any signed-in user; another user's unshared views are never listed.
 */
export async function listSavedViews(): Promise<SavedViewItem[]> {
  const user = await requireUser();
  const rows = await db.savedView.findMany({
    where: { OR: [{ ownerId: user.id }, { shared: true }] },
    select: { id: true, name: true, query: true, shared: true, ownerId: true, owner: { select: { name: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 200,
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    query: row.query,
    shared: row.shared,
    owner: row.owner.name,
    mine: row.ownerId === user.id,
  }));
}
