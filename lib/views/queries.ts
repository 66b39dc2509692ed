import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { SavedViewItem } from "@/lib/views/dto";
import { MAX_OWN_VIEWS, MAX_SHARED_VIEWS_LISTED } from "@/lib/views/internal/schemas";

// A view's query as saved: what a page compares its URL with to know which saved view it shows.
export { normaliseViewQuery } from "@/lib/views/internal/schemas";

interface Row {
  id: string;
  name: string;
  query: string;
  shared: boolean;
  ownerId: string;
  owner: string;
}

/**
 * The caller's own views first, all of them (saving stops at MAX_OWN_VIEWS), each by name; then
 * up to MAX_SHARED_VIEWS_LISTED views colleagues shared, by name. Each part capped on its own, so
 * that however many views others share, none of the caller's own is pushed out of the menu; one
 * statement for both, since the meetings list reads it on every request (issue 19). Memoised per
 * request: the table's menu and its Watch toggle (lib/watches/open-view.ts) share one read.
 * Rule: any signed-in user; another user's unshared views are never listed.
 */
export const listSavedViews = cache(async (): Promise<SavedViewItem[]> => {
  const user = await requireUser();
  const rows = await db.$queryRaw<Row[]>`
    SELECT v."id", v."name", v."query", v."shared", v."ownerId", u."name" AS "owner"
    FROM ((SELECT * FROM "SavedView" WHERE "ownerId" = ${user.id} ORDER BY "name", "id" LIMIT ${MAX_OWN_VIEWS})
          UNION ALL
          (SELECT * FROM "SavedView" WHERE "shared" AND "ownerId" <> ${user.id} ORDER BY "name", "id" LIMIT ${MAX_SHARED_VIEWS_LISTED})) v
    JOIN "user" u ON u."id" = v."ownerId"
    ORDER BY v."ownerId" <> ${user.id}, v."name", v."id"`;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    query: row.query,
    shared: row.shared,
    owner: row.owner,
    mine: row.ownerId === user.id,
  }));
});
