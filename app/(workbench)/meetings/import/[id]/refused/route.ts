import { HTTP_STATUS, isAppError } from "@/lib/errors";
import { streamedText } from "@/lib/api/stream-text";
import { refusedRowsCsv } from "@/lib/import/rows";

type Context = { params: Promise<{ id: string }> };

/** The import's refused rows, with their reasons, as a CSV download (its author and admins). */
export async function GET(_request: Request, context?: Context) {
  // A call without Next's route context (a crafted one) is an import that does not exist.
  const id = (await context?.params)?.id ?? "";
  try {
    // The first chunk runs the checks: a refusal answers with its status, never half a file.
    return await streamedText(refusedRowsCsv(id), {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="refused-rows-${id.replace(/[^0-9a-f-]/gi, "")}.csv"`,
    });
  } catch (error) {
    if (isAppError(error)) return new Response(error.message, { status: HTTP_STATUS[error.code] });
    throw error;
  }
}
