import pg from "pg";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { exportStatement, type ExportedMeeting } from "@/lib/meetings/search/export-rows";

/** Exports open at once in one process; each holds a connection of its own, outside the app's pool. */
export const MAX_OPEN_EXPORTS = 3;
export const EXPORT_BATCH = 1000;
/** A reader that stops taking rows for this long loses its export (its snapshot holds back vacuum). */
const EXPORT_IDLE_TIMEOUT_MS = 5 * 60_000;

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
  options: { batch?: number; statementTimeoutMs?: number } = {},
): Promise<ExportCursor> {
  if (openExports >= MAX_OPEN_EXPORTS) {
    throw new AppError("throttled", `${MAX_OPEN_EXPORTS} exports are running; try again when one has finished.`);
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
    await client.end().catch(() => {}); // ending the session rolls its read-only transaction back
  };
  const size = options.batch ?? EXPORT_BATCH;
  const fetch = () => client.query<ExportedMeeting>(`FETCH ${size} FROM parley_export`).then((result) => result.rows);
  try {
    client.on("error", () => {}); // a dropped connection surfaces as the failed FETCH
    await client.connect();
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // Every row will be read: plan for the whole result, not (PostgreSQL's default for a cursor) a tenth.
    await client.query("SET LOCAL cursor_tuple_fraction = 1.0");
    const statement = exportStatement(where);
    await client.query({ text: `DECLARE parley_export NO SCROLL CURSOR FOR ${statement.text}`, values: statement.values });
  } catch (error) {
    await close();
    throw error;
  }
  let ahead: Promise<ExportedMeeting[]> | null = fetch();
  ahead.catch(() => {});
  return {
    async next() {
      if (!ahead) return [];
      const batch = await ahead;
      // Asked for before this batch is formatted, so PostgreSQL and Node work side by side.
      ahead = batch.length === size && !closed ? fetch() : null;
      ahead?.catch(() => {}); // awaited by the next call; a close() in between must not crash the process
      return batch;
    },
    close,
  };
}
