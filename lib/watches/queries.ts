import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { WatchItem, WatchState } from "@/lib/watches/dto";
import { describeTarget } from "@/lib/watches/internal/describe";
import { watchHref, watchTargetSchema } from "@/lib/watches/targets";

/**
 * Whether the caller watches a thing, and its name; null when there is no such thing to watch.
 * Rule: any signed-in user, for their own watches.
 */
export async function findWatchState(target: unknown): Promise<WatchState | null> {
  const user = await requireUser();
  const parsed = watchTargetSchema.safeParse(target);
  if (!parsed.success) return null;
  const { kind, key } = parsed.data;
  const watch = await db.watch.findUnique({ where: { userId_kind_key: { userId: user.id, kind, key } }, select: { label: true } });
  const label = watch?.label ?? (await describeTarget(parsed.data, user.id));
  if (label === null) return null;
  return { kind, key, label, watching: Boolean(watch) };
}

/** The caller's watches, by kind and name. Rule: any signed-in user, their own only. */
export async function listMyWatches(): Promise<WatchItem[]> {
  const user = await requireUser();
  const rows = await db.$queryRaw<{ id: string; kind: WatchItem["kind"]; key: string; label: string; query: string | null }[]>`
    SELECT w."id"::text AS "id", w."kind", w."key", w."label", v."query"
      FROM "Watch" w LEFT JOIN "SavedView" v ON w."kind" = 'SAVED_VIEW' AND v."id"::text = w."key"
     WHERE w."userId" = ${user.id}
     ORDER BY w."kind", w."label", w."id"`;
  return rows.map((row) => ({ id: row.id, kind: row.kind, key: row.key, label: row.label, href: watchHref(row.kind, row.key, row.query ?? "") }));
}
