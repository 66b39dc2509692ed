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

/**
 * The tokenizer's time grows with the square of a token's length: a 30 KB paste of one
 * apostrophe-joined "word" held Node for seconds. No name or title is that long, so a run of
 * more than this many non-space characters gets a space every so often (in place of one of its
 * characters, so the offsets stay the pasted text's).
 */
export const MAX_TOKEN_CHARS = 64;

function splitLongTokens(text: string): string {
  return text.replace(new RegExp(`\\S{${MAX_TOKEN_CHARS + 1},}`, "g"), (run) => {
    let out = "";
    for (let i = 0; i < run.length; i += MAX_TOKEN_CHARS) out += (i > 0 ? " " : "") + run.slice(i + (i > 0 ? 1 : 0), i + MAX_TOKEN_CHARS);
    return out;
  });
}

/**
 * The text with everything outside [start, end) blanked (the rest of a page, another item), and
 * the ranges inside it that are page furniture.
 */
export function blankOutside(text: string, start: number, end: number, furniture: { start: number; end: number }[] = []): string {
  let out = start <= 0 && end >= text.length ? text : blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end));
  for (const range of furniture) out = out.slice(0, range.start) + blank(out.slice(range.start, range.end)) + out.slice(range.end);
  return out;
}

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
  return { analysed: splitLongTokens(analysed), truncated };
}
