"use server";

import { formDataOf } from "@/lib/forms/form-input";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { suggestMeetingFromText } from "@/lib/extraction/suggest-meeting";
import type { MeetingSuggestions } from "@/lib/extraction/meeting-suggestions";

/**
 * The text stays in the meeting form it was pasted into (extraction never changes it), so only
 * the date comes back as a value: echoing up to 200,000 characters would double every request.
 */
export type ExtractSuggestionsState = ActionState<{ publishedOn: string }, unknown, MeetingSuggestions>;

/**
 * Suggestions for the meeting form from pasted text (`text`, `publishedOn`). Expected problems
 * come back as a message and field errors; suggestMeetingFromText checks the caller's role.
 */
export async function extractSuggestionsAction(_previous: ExtractSuggestionsState, input: FormData): Promise<ExtractSuggestionsState> {
  const formData = formDataOf(input);
  const publishedOn = formData.get("publishedOn");
  const values = { publishedOn: typeof publishedOn === "string" ? publishedOn : "" };
  try {
    const text = formData.get("text");
    // A form post carries line breaks as CRLF; the form's textarea (whose offsets the evidence
    // spans must match) holds LF.
    const suggestions = await suggestMeetingFromText({
      text: typeof text === "string" ? text.replace(/\r\n?/gu, "\n") : (text ?? undefined),
      publishedOn: publishedOn || undefined,
    });
    return { status: "saved", values, message: "Suggestions ready.", result: suggestions };
  } catch (error) {
    return toActionState(error, values);
  }
}
