import type { AdapterFactory } from "@/lib/database/client";
import type { ReadSource } from "@/lib/database/replica-router";

type Adapter = Awaited<ReturnType<AdapterFactory["connect"]>>;

/** A WAL position as PostgreSQL prints it (`16/B374D848`), as a number; undefined if it is not one. */
export function parseLsn(text: string): bigint | undefined {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text.trim());
  return match ? (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`) : undefined;
}

// On a standby, how far it has replayed; pointed at a primary (a drill, a failed-over standby),
// how far it has written: either way, "this server shows everything up to here". One statement.
const REPLAYED = `SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END)::text AS "lsn"`;

export interface ChooserOptions {
  /** The WAL position the request must see (its own last save), if any. */
  requiredLsn: () => Promise<bigint | undefined>;
  log: (message: string, error?: unknown) => void;
  /** A replica found behind is not asked again for this long: those requests read the primary. */
  recheckMs?: number;
  /** After the replica failed to answer, reads go to the primary this long before trying it again. */
  restMs?: number;
  now?: () => number;
}

/**
 * Decides, per statement, whether a read may go to the replica: yes unless the request carries a
 * save the replica has not replayed yet, or the replica recently failed. What the replica has
 * replayed is asked at most once per `recheckMs` per process and only by requests that need a
 * newer position, so a request without a save of its own never waits for the check.
 */
export function readSourceChooser(options: ChooserOptions) {
  const now = options.now ?? Date.now;
  const recheckMs = options.recheckMs ?? 250;
  const restMs = options.restMs ?? 5_000;
  let replayed = -1n;
  let checkedAt = -Infinity;
  let checking: Promise<bigint> | undefined;
  let restingUntil = -Infinity;

  function trouble(error: unknown): void {
    if (now() >= restingUntil) options.log("The database replica did not answer; reading from the primary.", error);
    restingUntil = now() + restMs;
  }

  async function replayedLsn(replica: Adapter): Promise<bigint> {
    const result = await replica.queryRaw({ sql: REPLAYED, args: [], argTypes: [] });
    return parseLsn(String(result.rows[0]?.[0] ?? "")) ?? -1n;
  }

  async function choose(replica: Adapter): Promise<ReadSource> {
    if (now() < restingUntil) return "primary";
    const required = await options.requiredLsn();
    if (required === undefined || required <= replayed) return "replica";
    if (now() - checkedAt < recheckMs) return "primary";
    checking ??= replayedLsn(replica).finally(() => {
      checking = undefined;
      checkedAt = now();
    });
    try {
      replayed = await checking;
    } catch (error) {
      trouble(error);
      return "primary";
    }
    return required <= replayed ? "replica" : "primary";
  }

  return { choose, trouble };
}
