import { readDateline } from "@/lib/extraction/internal/extract-dateline";

/**
 * Where the item is in a pasted web page. Agencies put a headline, a standfirst, a byline, a
 * timestamp, a photo caption and share buttons above the dateline; a headline read as the lead
 * turns its words into people ("Trump Talk Over Phone") and hides the dateline. A paste can also
 * hold several items one after another.
 */
export interface Layout {
  /** Where the item starts: its dateline, or its first paragraph when it has none. */
  start: number;
  /** Where the item ends: the text's end, or where the next item's headline starts. */
  end: number;
  /** Items in the paste (1 when it holds one). */
  items: number;
  /** Page furniture inside the item: a caption or timestamp between its dateline and its text. */
  furniture: { start: number; end: number }[];
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/** Lines that say who, when and where a page was published, never the item's prose. */
const BYLINE = /^(?:by|source|editor|from|published|updated|update|last updated|posted|written by|reporting by)\b/i;
const TIMESTAMP = /\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|^\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/;
const WIDGET = /^(?:print|share|listen|tags|news id|read also|home\s*>|press release|font|close)\b/i;
/** "(R)", "(left)", "(Xinhua/Liu Bo)", "(PNA photo by …)", "[Photo]", "- BERNAMA PIX". */
const CAPTION = /^[[(]?\s*(?:file )?photo\b|\((?:R|L|C|right|left|center|centre|2nd [LR])\)|\((?:[^()]*\bphoto\b[^()]*|[A-Z][\w ]*\/[^()]+)\)\s*$|\bPIX\s*$/i;

const words = (line: Line) => line.text.split(/\s+/).filter(Boolean).length;

function isMeta(line: Line): boolean {
  return BYLINE.test(line.text) || CAPTION.test(line.text) || (TIMESTAMP.test(line.text) && words(line) <= 10);
}

/** A paragraph of prose: long enough, a sentence's end, and none of a page's furniture. */
function isProse(line: Line): boolean {
  return words(line) >= 10 && /[.!?]["”’)]?$/.test(line.text) && !isMeta(line) && !WIDGET.test(line.text);
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    const raw = match[0];
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = (match.index ?? 0) + raw.indexOf(trimmed);
    lines.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return lines;
}

/**
 * A line that starts the item with its dateline: "WASHINGTON, Feb. 14 (Xinhua) -- U.S. …", or a
 * dateline on a line of its own ("ANKARA", "Baku, October 2, AZERTAC") with prose below it.
 */
function isDatelineLine(text: string, lines: Line[], index: number): boolean {
  const line = lines[index]!;
  const dateline = readDateline(text.slice(0, line.end), line.start);
  // "KYODO NEWS - Apr 23, 2025": capitals and a dash, but no place anyone knows and no credit.
  if (!dateline || (!dateline.country && !/[(/]/.test(text.slice(line.start, dateline.end)))) return false;
  const rest = text.slice(dateline.end, line.end).trim();
  if (!rest) return words(line) <= 8 && proseBelow(lines, index) >= 0;
  return rest.split(/\s+/).length >= 3;
}

/** The first prose line below a dateline on its own line, past a caption or a timestamp. */
function proseBelow(lines: Line[], index: number): number {
  for (let k = index + 1; k < Math.min(lines.length, index + 4); k++) {
    if (isProse(lines[k]!)) return k;
    if (!isMeta(lines[k]!) && !WIDGET.test(lines[k]!.text)) return -1;
  }
  return -1;
}

/** Another item's dateline ("ASTANA. KAZINFORM - …" after a headline and a timestamp). */
function startsItem(text: string, lines: Line[], index: number): boolean {
  const line = lines[index]!;
  if (isProse(lines[index - 1]!)) return false;
  const dateline = readDateline(text, line.start);
  if (!dateline) return false;
  const alone = line.end <= dateline.end + 1;
  return alone ? Boolean(lines[index + 1] && isProse(lines[index + 1]!)) : dateline.end - line.start > dateline.city.length + 2;
}

export function readLayout(text: string): Layout {
  const lines = linesOf(text);
  const whole: Layout = { start: 0, end: text.length, items: 1, furniture: [] };
  if (lines.length < 2) return whole;
  const scanned = Math.min(lines.length, 40);
  // The item starts at its dateline; without one, at the first paragraph of prose that no
  // byline, timestamp or caption follows (a standfirst under the headline is followed by the byline).
  let body = -1;
  for (let i = 0; i < Math.min(scanned, 15) && body < 0; i++) if (isDatelineLine(text, lines, i)) body = i;
  for (let i = 0; i < scanned && body < 0; i++) {
    if (isProse(lines[i]!) && !lines.slice(i + 1, i + 3).some(isMeta)) body = i;
  }
  if (body < 0) return whole;
  const start = lines[body]!.start;
  const prose = proseBelow(lines, body);
  const furniture = prose > body + 1 && lines[body]!.end <= (readDateline(text.slice(0, lines[body]!.end), start)?.end ?? 0) + 1 ? lines.slice(body + 1, prose) : [];
  let end = text.length;
  let items = 1;
  for (let j = body + 2; j < lines.length; j++) {
    if (!startsItem(text, lines, j)) continue;
    // The next item starts at its headline: the lines above its dateline that are not prose.
    let first = j;
    while (first - 1 > body && !isProse(lines[first - 1]!)) first--;
    if (items === 1) end = lines[first]!.start;
    items++;
  }
  return { start, end, items, furniture: furniture.map((line) => ({ start: line.start, end: line.end })) };
}
