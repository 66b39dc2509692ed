import { HTTP_STATUS, isAppError } from "@/lib/errors";
import { exportMeetings } from "@/lib/meetings/search/export-meetings";
import { isRetryLaterError } from "@/lib/security/user-limits";

/** The current view's meetings as a CSV, JSON or CAMEO events download (`?format=csv|json|events&<view>&name=<view name>`). */
export async function GET(request: Request) {
  try {
    const result = await exportMeetings(request.url);
    return new Response(result.body, {
      headers: {
        "Content-Type": result.contentType,
        "Content-Disposition": `attachment; filename="${result.filename}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isAppError(error)) {
      const headers = isRetryLaterError(error) ? { "Retry-After": String(error.retryAfterSeconds) } : undefined;
      return new Response(error.message, { status: HTTP_STATUS[error.code], headers });
    }
    throw error;
  }
}
