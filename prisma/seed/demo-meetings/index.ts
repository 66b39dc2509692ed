import { readFileSync } from "node:fs";
import path from "node:path";
import { bakuGafarovaLiu } from "@/prisma/seed/demo-meetings/01-baku";
import { beijingVicePremier } from "@/prisma/seed/demo-meetings/02-beijing";
import { astanaMfaReadout } from "@/prisma/seed/demo-meetings/03-astana";
import { tokyoSummit } from "@/prisma/seed/demo-meetings/04-tokyo";
import { tbilisiParliament } from "@/prisma/seed/demo-meetings/05-tbilisi";
import type { DemoMeeting, Span } from "@/prisma/seed/demo-meetings/types";

export const DEMO_MEETINGS: readonly DemoMeeting[] = [
  bakuGafarovaLiu,
  beijingVicePremier,
  astanaMfaReadout,
  tokyoSummit,
  tbilisiParliament,
];

const ARTICLES_DIR = path.resolve(import.meta.dirname, "../demo-articles");

export function readDemoArticle(file: string): string {
  return readFileSync(path.join(ARTICLES_DIR, file), "utf8");
}

/** Offsets of a passage in UTF-16 code units (JavaScript's), end exclusive, as Evidence stores them. */
export function locateSpan(text: string, span: Span): { startOffset: number; endOffset: number; quote: string } {
  let start = -1;
  for (let i = 0; i <= (span.nth ?? 0); i += 1) {
    start = text.indexOf(span.quote, start + 1);
    if (start === -1) throw new Error(`Demo evidence not found in its source: "${span.quote}"`);
  }
  const endOffset = start + span.quote.length;
  if (text.slice(start, endOffset) !== span.quote) throw new Error(`Demo evidence offsets drifted: "${span.quote}"`);
  return { startOffset: start, endOffset, quote: span.quote };
}
