import type { Evidence } from "@/lib/extraction/types";

/** Evidence for text[start, end), trimmed of surrounding spaces and punctuation. */
export function evidenceOf(text: string, start: number, end: number): Evidence {
  let from = Math.max(0, Math.min(start, text.length));
  let to = Math.max(from, Math.min(end, text.length));
  while (from < to && /[\s,;:]/.test(text[from]!)) from++;
  while (to > from && /[\s,;:]/.test(text[to - 1]!)) to--;
  return { start: from, end: to, quote: text.slice(from, to) };
}
