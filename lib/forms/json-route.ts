import { HTTP_STATUS, isAppError } from "@/lib/errors";

/**
 * A small JSON read for the browser (a count, a button's state, type-ahead options): the query's
 * parameters (none when called without a request, as the access test may), and a refusal as its
 * status code. Never cached: each answer is the caller's own.
 */
export async function jsonRead(request: unknown, read: (params: URLSearchParams) => Promise<unknown>): Promise<Response> {
  const params = request instanceof Request ? new URL(request.url).searchParams : new URLSearchParams();
  try {
    return Response.json(await read(params), { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (isAppError(error)) return new Response(error.message, { status: HTTP_STATUS[error.code] });
    throw error;
  }
}
