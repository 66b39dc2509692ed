import "server-only";
import { getSignedInAccount } from "@/lib/auth/sessions/session";
import type { WatchState } from "@/lib/watches/dto";
import { findWatchState } from "@/lib/watches/queries";
import { watchTargetSchema } from "@/lib/watches/targets";

/**
 * The Watch toggle's state for the thing a page shows, rendered with the page: the caller's
 * watches came with the session read (lib/auth/sessions/request-extras.ts), so this costs no
 * statement and the browser asks nothing once the page is shown. `label` is the thing's name as
 * the page read it; null when the page shows nothing that can be watched (merged, deleted).
 * Rule: any signed-in user, for their own watches.
 */
export async function watchStateForPage(target: { kind: string; key: string }, label: string | null): Promise<WatchState | null> {
  const account = await getSignedInAccount();
  const parsed = watchTargetSchema.safeParse(target);
  if (!account || !parsed.success || label === null) return null;
  const { kind, key } = parsed.data;
  // Only someone watching more than the session carries pays a statement of their own.
  if (!account.extras.watched) return findWatchState(parsed.data);
  return { kind, key, label, watching: account.extras.watched.has(`${kind}:${key}`) };
}
