import { HTTP_STATUS, isAppError } from "@/lib/errors";
import { refusedRowsCsv } from "@/lib/import/rows";

type Context = { params: Promise<{ id: string }> };

/** The import's refused rows, with their reasons, as a CSV download (its author and admins). */
export async function GET(_request: Request, context?: Context) {
  // A call without Next's route context (a crafted one) is an import that does not exist.
  const id = (await context?.params)?.id ?? "";
  const chunks = refusedRowsCsv(id);
  let first: IteratorResult<string>;
  try {
    // The first chunk runs the checks: a refusal answers with its status, never half a file.
    first = await chunks.next();
  } catch (error) {
    if (isAppError(error)) return new Response(error.message, { status: HTTP_STATUS[error.code] });
    throw error;
  }
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (!first.done) controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="refused-rows-${id.replace(/[^0-9a-f-]/gi, "")}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
