import "server-only";
import { z } from "zod";
import { requireRole } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { extractInPool } from "@/lib/extraction/pool/extraction-pool";
import { withUserLimit } from "@/lib/security/user-limits";
import { extractionRequestSchema } from "@/lib/extraction/internal/schemas";
import { linkSuggestedEntities } from "@/lib/extraction/internal/link-entities";
import type { MeetingSuggestions } from "@/lib/extraction/meeting-suggestions";
import { suggestTitle } from "@/lib/extraction/internal/suggest-title";

/**
 * Suggestions for the new-meeting form from pasted wire text. Analysts and admins only (the
 * suggestions exist to create records). Text up to 200,000 characters, read on a worker thread
 * (lib/extraction/pool/): extraction stops adding suggestions after 2 seconds and is ended after
 * 4; one run at a time and at most 10 a minute per user (lib/security/user-limits.ts).
 * Existing people and organisations the text names unambiguously come back linked, with a title.
 * Nothing is saved: the analyst accepts suggestions in the form.
 */
export async function suggestMeetingFromText(input: unknown): Promise<MeetingSuggestions> {
  const user = await requireRole("analyst");
  const parsed = extractionRequestSchema.safeParse(input);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    throw new AppError("validation", "Check the fields below.", { fieldErrors: fieldErrors as Record<string, string[]> });
  }
  return withUserLimit(user.id, "extraction", () => unsafeSuggestMeeting(parsed.data.text, parsed.data.publishedOn ?? null));
}

/**
 * The same suggestions without the caller's check or limits: for work that checked its caller
 * when it was started and runs off the request path (batch ingest, lib/ingest).
 */
export async function unsafeSuggestMeeting(text: string, publishedOn: string | null): Promise<MeetingSuggestions> {
  const options = {
    publishedOn,
    onError: (failure: { name: string; message: string; stack?: string }) => logger.error({ err: failure, chars: text.length }, "extraction failed"),
  };
  const result = await extractInPool(text, options);
  const links = await linkSuggestedEntities(result);
  return { ...result, people: links.people, participantOrganizations: links.participantOrganizations, organizationLinks: links.organizations, title: suggestTitle(result) };
}
