import { HTTP_STATUS, isAppError } from "@/lib/errors";
import { listCountryOptions } from "@/lib/meetings/options";

/**
 * Every country by name, for the table's country pickers, loaded when they are first wanted
 * instead of rendered into every list page (issue 19: 250 options in each page's HTML). Kept by
 * the browser for a day: the list is reference data.
 */
export async function GET() {
  try {
    return Response.json(await listCountryOptions(), { headers: { "Cache-Control": "private, max-age=86400" } });
  } catch (error) {
    if (isAppError(error)) return new Response(error.message, { status: HTTP_STATUS[error.code] });
    throw error;
  }
}
