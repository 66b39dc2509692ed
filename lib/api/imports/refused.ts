import "server-only";
import { decodeCursor, encodeCursor, readLimit, refuseUnknownParams } from "@/lib/api/cursor";
import { json } from "@/lib/api/handler";
import { streamedText } from "@/lib/api/stream-text";
import { AppError } from "@/lib/errors";
import { listRefusedRows } from "@/lib/import/refused-rows";
import { refusedRowsCsv } from "@/lib/import/rows";

export const REFUSED_PAGE_MAX = 1_000;

/** CSV when asked for by `?format=csv` or `Accept: text/csv`; JSON otherwise. */
function wantsCsv(request: Request, format: string | null): boolean {
  if (format !== null && format !== "csv" && format !== "json") {
    throw new AppError("validation", "Check the query parameters.", { fieldErrors: { format: ["One of csv, json."] } });
  }
  return format === "csv" || (format === null && (request.headers.get("accept") ?? "").includes("text/csv"));
}

/**
 * An import's refused rows: as CSV, the page's report (row, reason, then the row's cells under the
 * file's headers), to fix and import again; as JSON, pages of { rowNumber, reason, cells }. The
 * JSON cursor holds the last row's number.
 */
export async function refusedRowsResponse(request: Request, id: string): Promise<Response> {
  const params = new URL(request.url).searchParams;
  refuseUnknownParams(params, ["format", "cursor", "limit"]);
  if (wantsCsv(request, params.get("format"))) {
    return streamedText(refusedRowsCsv(id), {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="refused-rows-${id.replace(/[^0-9a-f-]/gi, "")}.csv"`,
    });
  }
  const limit = readLimit(params.get("limit"), REFUSED_PAGE_MAX, 100);
  const cursor = params.get("cursor");
  const afterRow = cursor ? decodeCursor(cursor).page : 0;
  const { rows, more } = await listRefusedRows(id, { afterRow, limit });
  return json({ data: rows, nextCursor: more ? encodeCursor({ page: rows.at(-1)!.rowNumber, keyset: null }) : null });
}
