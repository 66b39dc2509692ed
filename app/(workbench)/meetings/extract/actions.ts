"use server";

import { isAppError, type AppErrorCode } from "@/lib/errors";
import { suggestMeetingFromText } from "@/lib/extraction/suggest-meeting";
import type { ExtractionResult } from "@/lib/extraction/types";

export type ExtractSuggestionsState =
  | { status: "ok"; suggestions: ExtractionResult }
  | { status: "invalid"; message: string; fieldErrors: Record<string, string[]>; code?: AppErrorCode };

/**
 * Suggestions for the meeting form from pasted text. Takes `{ text, publishedOn }` (or the same
 * fields as form data). Expected problems come back as a message and field errors; the analyst's
 * text stays in their form. suggestMeetingFromText checks the caller's role.
 */
export async function extractSuggestionsAction(input: unknown, formData?: FormData): Promise<ExtractSuggestionsState> {
  const source = input instanceof FormData ? input : formData instanceof FormData ? formData : null;
  const request = source ? { text: source.get("text") ?? undefined, publishedOn: source.get("publishedOn") ?? undefined } : input;
  try {
    return { status: "ok", suggestions: await suggestMeetingFromText(request) };
  } catch (error) {
    if (isAppError(error) && ["validation", "unauthorized", "forbidden"].includes(error.code)) {
      return { status: "invalid", message: error.message, fieldErrors: error.fieldErrors ?? {}, code: error.code };
    }
    throw error;
  }
}
