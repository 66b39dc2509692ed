import { secureCookies } from "@/lib/auth/cookie-config";
import { parseLsn } from "@/lib/database/replica-lsn";
import { env } from "@/lib/env";

/**
 * Read-your-writes with a replica (decision 0047): after a save, the analyst's browser carries the
 * primary's WAL position for a few minutes, and `readDb` reads the replica for that analyst only
 * once the replica has replayed that far. The cookie is not signed because it is harmless: a
 * forged or stale position can only send that browser's own reads to the primary.
 */
export const READ_AFTER_COOKIE = "parley.read-after";
// Replicas replay within a second when healthy; long enough for a badly lagging one, short enough
// that a forgotten cookie does not keep a browser on the primary.
const READ_AFTER_SECONDS = 300;

async function requestCookies() {
  try {
    const { cookies } = await import("next/headers");
    return await cookies();
  } catch {
    return undefined; // outside a request: a script, a job, a test
  }
}

/** The position this request must see (its cookie's); undefined: any, or outside a request. */
export async function requiredLsn(): Promise<bigint | undefined> {
  const value = (await requestCookies())?.get(READ_AFTER_COOKIE)?.value;
  return value ? parseLsn(value) : undefined;
}

/**
 * Called after a commit: the request's browser reads its own write from now on. Nothing without a
 * replica, outside a request, or where cookies cannot be set (a page render): one statement
 * only when it can matter.
 */
export async function rememberOwnWrite(): Promise<void> {
  if (!env.PARLEY_DATABASE_REPLICA_URL) return;
  const jar = await requestCookies();
  if (!jar) return;
  // Asked after the commit: the commit's own WAL record is at or before this position.
  const { db } = await import("@/lib/db");
  const [row] = await db.$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_lsn()::text AS "lsn"`;
  if (!row) return;
  try {
    jar.set(READ_AFTER_COOKIE, row.lsn, { httpOnly: true, sameSite: "lax", path: "/", maxAge: READ_AFTER_SECONDS, secure: secureCookies() });
  } catch {
    // A server component cannot set cookies; its writes (none today) would read the primary's pages anyway.
  }
}
