import "server-only";
import { recordAuthEvent } from "@/lib/auth/audit";
import { requireUser } from "@/lib/auth/current-user";
import { readDatabaseUrl, readDb } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { buildWhere } from "@/lib/meetings/search/build-where";
import { eventLines, eventsHeader } from "@/lib/meetings/internal/search/export-events";
import {
  csvHeader,
  csvLines,
  EXPORT_FORMATS,
  exportFilename,
  jsonChunk,
  type ExportFormat,
} from "@/lib/meetings/internal/search/export-format";
import { EXPORT_BATCH, openExportCursor, type ExportCursor } from "@/lib/meetings/internal/search/export-cursor";
import type { ExportedMeeting } from "@/lib/meetings/internal/search/export-rows";
import { openView, planView } from "@/lib/meetings/internal/search/open-view";
import { unsafeTextProblem } from "@/lib/meetings/write/safe-text";
import { acquireUserSlot } from "@/lib/security/user-limits";

/**
 * An export whose reader takes nothing for this long is ended: a stalled download (a laptop shut,
 * a script that never reads) would otherwise hold a connection, a snapshot and a slot for good.
 * A browser that is saving a file reads continuously, so a minute is far beyond any real pause.
 */
export const EXPORT_IDLE_TIMEOUT_MS = 60_000;
/** A view name goes into the file name and the audit log; a saved view's name is at most this long. */
const MAX_VIEW_NAME = 200;

export interface MeetingExport {
  filename: string;
  contentType: string;
  body: ReadableStream<Uint8Array>;
}

/**
 * Every meeting of a view (not only the page) as CSV, JSON (with ids and evidence spans) or CAMEO
 * events (a CSV of directed country pairs, lib/meetings/internal/search/export-events.ts), streamed batch by batch so memory
 * stays flat however many rows match; recorded in the audit log before the first byte.
 * One export per user at a time (lib/security/user-limits.ts), ended when its reader stops
 * taking rows for `idleTimeoutMs`; its slots are given back however it ends.
 * Rule: any signed-in user (everyone who can see the table can take its rows away).
 */
export async function exportMeetings(url: string | undefined, options: { idleTimeoutMs?: number } = {}): Promise<MeetingExport> {
  const user = await requireUser();
  const params = new URL(url ?? "", "http://localhost").searchParams;
  const format = params.get("format") ?? "csv";
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new AppError("validation", "Export as CSV, JSON or CAMEO events.");
  const { view, refusal } = openView(params);
  if (refusal) throw new AppError("validation", refusal);
  const viewName = params.get("name")?.slice(0, MAX_VIEW_NAME) ?? null;
  const nameProblem = viewName ? unsafeTextProblem(viewName) : null;
  if (nameProblem) throw new AppError("validation", `The view's name ${nameProblem}`);

  // Taken before any work: a user's second export is refused before it costs a query.
  const release = await acquireUserSlot(user.id, "export");
  let cursor: ExportCursor | undefined;
  try {
    // Read in date order to the end: a common word walks, a rare one collects its matches.
    const searchPlan = await planView(readDb, view, EXPORT_BATCH);
    const where = buildWhere(view, { searchPlan });
    params.delete("page");
    // Opened first: an export refused for want of a connection is not recorded as taken.
    cursor = await openExportCursor(await readDatabaseUrl(), where, {
      statementTimeoutMs: env.PARLEY_STATEMENT_TIMEOUT_MS,
      evidence: format === "json",
      onClose: release,
    });
    await recordAuthEvent({ kind: "MEETINGS_EXPORTED", actorId: user.id, detail: { format, view: params.toString(), name: viewName } });
  } catch (error) {
    await cursor?.close();
    release();
    throw error;
  }
  return {
    filename: exportFilename(format as ExportFormat, new Date(), viewName),
    contentType: format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
    body: exportBody(cursor, format as ExportFormat, options.idleTimeoutMs ?? EXPORT_IDLE_TIMEOUT_MS),
  };
}

/**
 * How each format starts, goes on and ends. The meetings CSV starts with a byte order mark so
 * spreadsheets read it as UTF-8; the events CSV does not, as the scripts that read event data
 * (pandas, R) would take it for part of the first column's name.
 */
const FORMATS: Record<ExportFormat, { head: () => string; body: (batch: ExportedMeeting[], first: boolean) => string; tail?: string }> = {
  csv: { head: () => `\uFEFF${csvHeader()}`, body: (batch) => csvLines(batch) },
  json: { head: () => "[\n", body: (batch, first) => jsonChunk(batch, first), tail: "\n]\n" },
  events: { head: () => eventsHeader(), body: (batch) => eventLines(batch) },
};

/**
 * The download itself. `pull` reads the next batch only when the client has taken the previous
 * one (backpressure); the idle timer runs whenever the stream waits on its reader, never while it
 * waits on PostgreSQL. Every way out — the last row, a failure, a cancelled download, the timer,
 * a lost connection — closes the cursor, which gives back the connection and both slots.
 */
function exportBody(cursor: ExportCursor, format: ExportFormat, idleTimeoutMs: number): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  let rows = 0;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(idle);
    return cursor.close();
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      idle = setTimeout(() => void stalled(controller), idleTimeoutMs);
    },
    async pull(controller) {
      clearTimeout(idle);
      try {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(FORMATS[format].head()));
        } else {
          const batch = await cursor.next();
          if (batch.length === 0) {
            await stop();
            const tail = FORMATS[format].tail;
            if (tail) controller.enqueue(encoder.encode(tail));
            controller.close();
            return;
          }
          controller.enqueue(encoder.encode(FORMATS[format].body(batch, rows === 0)));
          rows += batch.length;
        }
        idle = setTimeout(() => void stalled(controller), idleTimeoutMs);
      } catch (error) {
        logger.error({ err: error, rows }, "meetings export failed");
        await stop();
        controller.error(error);
      }
    },
    // The reader went away (download cancelled, tab closed): give the connection back at once.
    cancel: () => stop(),
  });

  async function stalled(controller: ReadableStreamDefaultController<Uint8Array>) {
    logger.warn({ rows, idleTimeoutMs }, "meetings export ended: its reader took nothing");
    await stop();
    controller.error(new Error(`The download took no rows for ${Math.round(idleTimeoutMs / 1000)} s and was ended.`));
  }
}
