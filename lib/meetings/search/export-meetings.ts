import "server-only";
import { recordAuthEvent } from "@/lib/auth/audit";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { env, requireDatabaseUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { buildWhere } from "@/lib/meetings/search/build-where";
import {
  csvHeader,
  csvLines,
  EXPORT_FORMATS,
  exportFilename,
  jsonChunk,
  type ExportFormat,
} from "@/lib/meetings/search/export-format";
import { EXPORT_BATCH, openExportCursor } from "@/lib/meetings/search/export-cursor";
import { parseMeetingView } from "@/lib/meetings/search/filter-schema";
import { chooseSearchPlan } from "@/lib/meetings/search/search-plan";
import { checkSearchText } from "@/lib/meetings/search/search-text";

export interface MeetingExport {
  filename: string;
  contentType: string;
  body: ReadableStream<Uint8Array>;
}

/**
 * Every meeting of a view (not only the page) as CSV or JSON, streamed batch by batch so memory
 * stays flat however many rows match; recorded in the audit log before the first byte.
 * Rule: any signed-in user (everyone who can see the table can take its rows away).
 */
export async function exportMeetings(url: string | undefined): Promise<MeetingExport> {
  const user = await requireUser();
  const params = new URL(url ?? "", "http://localhost").searchParams;
  const format = params.get("format") ?? "csv";
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new AppError("validation", "Export as CSV or JSON.");
  const { view, searchRefused, problems } = parseMeetingView(params);
  if (searchRefused) throw new AppError("validation", problems[0] ?? "This search cannot be exported.");
  if (view.q) {
    const check = checkSearchText(view.q);
    if (!check.ok) throw new AppError("validation", check.message);
  }
  // Read in date order to the end: a common word walks, a rare one collects its matches.
  const searchPlan = view.q ? await chooseSearchPlan(db, view.q, EXPORT_BATCH) : undefined;
  const where = buildWhere(view, { searchPlan });
  const viewName = params.get("name");

  params.delete("page");
  // Opened first: an export refused for want of a connection is not recorded as taken.
  const cursor = await openExportCursor(requireDatabaseUrl(), where, { statementTimeoutMs: env.PARLEY_STATEMENT_TIMEOUT_MS });
  try {
    await recordAuthEvent({ kind: "MEETINGS_EXPORTED", actorId: user.id, detail: { format, view: params.toString(), name: viewName } });
  } catch (error) {
    await cursor.close();
    throw error;
  }

  const encoder = new TextEncoder();
  let started = false;
  let rows = 0;
  const body = new ReadableStream<Uint8Array>({
    // pull: the next batch is read only when the client has taken the previous one (backpressure).
    async pull(controller) {
      try {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(format === "csv" ? `\uFEFF${csvHeader()}` : "[\n"));
          return;
        }
        const batch = await cursor.next();
        if (batch.length > 0) {
          controller.enqueue(encoder.encode(format === "csv" ? csvLines(batch) : jsonChunk(batch, rows === 0)));
          rows += batch.length;
          return;
        }
        await cursor.close();
        if (format === "json") controller.enqueue(encoder.encode("\n]\n"));
        controller.close();
      } catch (error) {
        logger.error({ err: error, rows }, "meetings export failed");
        await cursor.close();
        controller.error(error);
      }
    },
    // The reader went away (download cancelled, tab closed): give the connection back at once.
    cancel: () => cursor.close(),
  });
  return {
    filename: exportFilename(format as ExportFormat, new Date(), viewName),
    contentType: format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
    body,
  };
}
