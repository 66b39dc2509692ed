/**
 * The analysed text is the pasted text with markup blanked out character for character, so that
 * every offset found in it is an offset into what the analyst pasted.
 */

/**
 * Wire items are a few KB and long ministry readouts rarely pass 20 KB; beyond this only the
 * beginning is read (the lead holds the facts), which keeps the slowest case near a second.
 */
export const MAX_ANALYSED_CHARS = 30_000;

const blank = (match: string) => match.replace(/[^\n]/g, " ");

export function prepareText(text: string): { analysed: string; truncated: boolean } {
  const truncated = text.length > MAX_ANALYSED_CHARS;
  let analysed = truncated ? text.slice(0, MAX_ANALYSED_CHARS) : text;
  analysed = analysed
    // Scripts and styles carry no prose; tags and entities are blanked in place.
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<\/?[a-zA-Z][^<>]*>/g, blank)
    .replace(/&(?:[a-zA-Z]{2,8}|#\d{2,6});/g, blank)
    // Lone surrogates and control characters would confuse the tokenizer, never the offsets.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, " ");
  return { analysed, truncated };
}
