import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { describeTarget } from "@/lib/watches/internal/describe";
import { watchTargetSchema } from "@/lib/watches/targets";

/** Watches are cheap to match (index lookups) but each is a line someone reads: a generous cap. */
export const MAX_WATCHES = 1000;

/**
 * Starts or stops watching a person, organisation, country, pair, topic, tag or saved view.
 * Starting twice, or stopping what is not watched, changes nothing. Rule: any signed-in user
 * (viewers too: a watch changes no meeting), for their own watches.
 */
export async function setWatch(target: unknown, watching: boolean): Promise<{ label: string }> {
  const user = await requireUser();
  const parsed = watchTargetSchema.safeParse(target);
  if (!parsed.success) throw new AppError("not_found", "There is nothing here to watch.");
  const { kind, key } = parsed.data;
  if (!watching) {
    const removed = await db.$queryRaw<{ label: string }[]>`
      DELETE FROM "Watch" WHERE "userId" = ${user.id} AND "kind" = ${kind}::"WatchKind" AND "key" = ${key} RETURNING "label"`;
    return { label: removed[0]?.label ?? "" };
  }
  const label = await describeTarget(parsed.data, user.id);
  if (label === null) throw new AppError("not_found", "There is nothing here to watch.");
  if ((await db.watch.count({ where: { userId: user.id } })) >= MAX_WATCHES) {
    throw new AppError("validation", `You watch ${MAX_WATCHES.toLocaleString("en")} things, the most there can be: stop watching one first.`);
  }
  await db.watch.upsert({ where: { userId_kind_key: { userId: user.id, kind, key } }, create: { userId: user.id, kind, key, label }, update: {}, select: { id: true } });
  return { label };
}
