import "server-only";
import { z } from "zod";
import { requireRole } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { extractSuggestions } from "@/lib/extraction/extract";
import { withUserLimit } from "@/lib/security/user-limits";
import { EXTRACTION_TIME_LIMIT_MS, extractionRequestSchema } from "@/lib/extraction/schemas";
import type { ExtractionResult } from "@/lib/extraction/types";

/**
 * Suggestions for the new-meeting form from pasted wire text. Analysts and admins only (the
 * suggestions exist to create records). Text up to 200,000 characters; extraction stops adding
 * suggestions after 2 seconds; at most 10 runs a minute per user (lib/security/user-limits.ts).
 * Nothing is saved: the analyst accepts suggestions in the form.
 */
export async function suggestMeetingFromText(input: unknown): Promise<ExtractionResult> {
  const user = await requireRole("analyst");
  const parsed = extractionRequestSchema.safeParse(input);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    throw new AppError("validation", "Check the fields below.", { fieldErrors: fieldErrors as Record<string, string[]> });
  }
  const options = {
    publishedOn: parsed.data.publishedOn ?? null,
    timeLimitMs: EXTRACTION_TIME_LIMIT_MS,
    onError: (error: unknown) => logger.error({ err: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error), chars: parsed.data.text.length }, "extraction failed"),
  };
  return withUserLimit(user.id, "extraction", () => extractSuggestions(parsed.data.text, options));
}
