import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { exportStatement, type ExportedMeeting } from "@/lib/meetings/internal/search/export-rows";
import { inWords, RetryLaterError } from "@/lib/security/user-limits";

/** Exports open at once in one process; each holds a connection of its own, outside the app's pool. */
export const MAX_OPEN_EXPORTS = 3;
export const EXPORT_BATCH = 1000;
/**
 * PostgreSQL's own backstop for a connection left inside its transaction (its snapshot holds back
 * vacuum): export-meetings.ts ends an export whose reader stops after a minute; this catches any
 * path that does not.
 */
const EXPORT_IDLE_TIMEOUT_MS = 5 * 60_000;
/** Retry-After when every export slot is taken: a stalled one is ended within a minute. */
const ALL_BUSY_RETRY_MS = 60_000;

let openExports = 0;

export interface ExportCursor {
  /** The next rows in export order; an empty batch once every row has been read. */
  next(): Promise<ExportedMeeting[]>;
  /** Ends the export's transaction and connection; safe to call more than once. */
  close(): Promise<void>;
}

/**
 * A server-side cursor over a view's meetings in export order, on a connection of its own, in one
 * REPEATABLE READ snapshot: one plan for the whole export instead of a keyset query per batch, and
 * PostgreSQL computes the next batch while the caller formats and sends this one. Rows come
 * straight from node-postgres, without Prisma's per-value conversion.
 */
export async function openExportCursor(
  url: string,
  where: Prisma.Sql,
  options: {
    batch?: number;
    statementTimeoutMs?: number;
    /** Each meeting's evidence spans too (the JSON export). */
    evidence?: boolean;
    /** Called once when the export ends for any reason: read to the end, closed, or its connection lost. */
    onClose?: () => void;
  } = {},
): Promise<ExportCursor> {
  if (openExports >= MAX_OPEN_EXPORTS) {
    throw new RetryLaterError(
      `Parley is already running ${MAX_OPEN_EXPORTS} exports, the most it runs at once. Try again when one has finished, or ${inWords(ALL_BUSY_RETRY_MS)}.`,
      ALL_BUSY_RETRY_MS,
    );
  }
  openExports++;
  const client = new pg.Client({
    connectionString: url,
    application_name: "parley export",
    idle_in_transaction_session_timeout: EXPORT_IDLE_TIMEOUT_MS,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    openExports--;
    options.onClose?.();
    await client.end().catch(() => {}); // ending the session rolls its read-only transaction back
  };
  const size = options.batch ?? EXPORT_BATCH;
  const fetch = () => client.query<ExportedMeeting>(`FETCH ${size} FROM parley_export`).then((result) => result.rows);
  try {
    // A connection lost while nobody reads (PostgreSQL restarted, the session killed) frees its
    // slot at once; a FETCH under way fails on its own and the reader hears of it.
    client.on("error", () => void close());
    client.on("end", () => void close());
    await client.connect();
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // Every row will be read: plan for the whole result, not (PostgreSQL's default for a cursor) a tenth.
    await client.query("SET LOCAL cursor_tuple_fraction = 1.0");
    const statement = exportStatement(where, { evidence: options.evidence });
    await client.query({ text: `DECLARE parley_export NO SCROLL CURSOR FOR ${statement.text}`, values: statement.values });
  } catch (error) {
    await close();
    throw error;
  }
  let ahead: Promise<ExportedMeeting[]> | null = fetch();
  ahead.catch(() => {});
  let exhausted = false;
  return {
    async next() {
      if (!ahead && !exhausted) throw new Error("The export's connection was closed before every row was read.");
      if (!ahead) return [];
      const batch = await ahead;
      exhausted = batch.length < size;
      // Asked for before this batch is formatted, so PostgreSQL and Node work side by side.
      ahead = !exhausted && !closed ? fetch() : null;
      ahead?.catch(() => {}); // awaited by the next call; a close() in between must not crash the process
      return batch;
    },
    close,
  };
}
