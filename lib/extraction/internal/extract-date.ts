import * as chrono from "chrono-node";
import type { Dateline } from "@/lib/extraction/internal/extract-dateline";
import type { TextDocument } from "@/lib/extraction/internal/text/document";
import type { DateSuggestion, Evidence } from "@/lib/extraction/types";
import { evidenceOf } from "@/lib/extraction/internal/text/evidence";
import { WEEKDAYS } from "@/lib/extraction/internal/vocabulary/words";

const DAY_MS = 86_400_000;

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function utcDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A date as wire copy writes it, resolved against `reference`. Numeric dates with dots are
 * day-first, as every non-US agency writes them ("02.04.2024"); chrono-node reads the rest.
 * A date without a year that would fall after the reference belongs to the year before.
 */
function parseDate(text: string, reference: Date): { date: Date; precision: DateSuggestion["precision"]; index: number; length: number } | null {
  const numeric = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(text);
  if (numeric) {
    let [day, month] = [Number(numeric[1]), Number(numeric[2])];
    if (month > 12 && day <= 12) [day, month] = [month, day];
    const date = new Date(Date.UTC(Number(numeric[3]), month - 1, day));
    if (date.getUTCMonth() === month - 1) return { date, precision: "DAY", index: numeric.index, length: numeric[0].length };
  }
  const [result] = chrono.parse(text, { instant: new Date(reference.getTime() + DAY_MS / 2), timezone: 0 });
  if (!result) return null;
  const start = result.start;
  if (!start.isCertain("month") && !start.isCertain("day") && !start.isCertain("year")) return null;
  let date = new Date(Date.UTC(start.get("year") ?? reference.getUTCFullYear(), (start.get("month") ?? 1) - 1, start.get("day") ?? 1));
  if (!start.isCertain("year") && date.getTime() > reference.getTime() + 2 * DAY_MS) {
    date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()));
  }
  const precision = start.isCertain("day") ? "DAY" : start.isCertain("month") ? "MONTH" : "YEAR";
  return { date, precision, index: result.index, length: result.text.length };
}

const RELATIVE = /\b(today|tonight|this (?:morning|afternoon|evening)|earlier today|yesterday)\b/i;
const WEEKDAY = new RegExp(`\\b(${WEEKDAYS.join("|")})\\b`, "i");
const EXPLICIT = /\b(?:[Oo]n|[Ss]ince|[Ff]rom)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{L}+\.?(?:,?\s+\d{4})?|\p{Lu}\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b/u;

/**
 * The meeting's date: an explicit date in the lead ("On 12 June 2025"), else a weekday ("on
 * Thursday": the last such day on or before the dateline or published date), else "today" /
 * "yesterday", else the dateline's date, else the published date (no evidence then).
 */
export function extractDate(doc: TextDocument, dateline: Dateline | null, leadEnd: number, publishedOn: string | null): DateSuggestion | null {
  const published = publishedOn ? utcDay(publishedOn) : null;
  const reference = published ?? new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));
  let anchor = reference;
  let anchorEvidence: Evidence | null = null;
  let anchorPrecision: DateSuggestion["precision"] = "DAY";
  if (dateline?.dateText && dateline.dateEvidence) {
    const parsed = parseDate(dateline.dateText, reference);
    if (parsed) {
      anchor = parsed.date;
      anchorPrecision = parsed.precision;
      anchorEvidence = dateline.dateEvidence;
    }
  }
  const leadStart = dateline?.end ?? 0;
  const lead = doc.text.slice(leadStart, Math.max(leadStart, leadEnd));

  const explicit = EXPLICIT.exec(lead);
  if (explicit) {
    const parsed = parseDate(explicit[0], anchor);
    if (parsed && parsed.precision === "DAY") {
      const at = leadStart + explicit.index + parsed.index;
      // chrono includes the preposition ("On 12 June 2025"); the evidence is the date.
      const preposition = /^(?:on|since|from)\s+/i.exec(doc.text.slice(at, at + parsed.length))?.[0].length ?? 0;
      return { value: iso(parsed.date), precision: "DAY", evidence: evidenceOf(doc.text, at + preposition, at + parsed.length) };
    }
  }
  const weekday = WEEKDAY.exec(lead);
  if (weekday && anchorPrecision === "DAY") {
    const wanted = WEEKDAYS.indexOf(weekday[1]!.toLowerCase());
    const back = (anchor.getUTCDay() - wanted + 7) % 7;
    const date = new Date(anchor.getTime() - back * DAY_MS);
    const at = leadStart + weekday.index;
    return { value: iso(date), precision: "DAY", evidence: evidenceOf(doc.text, at, at + weekday[0].length) };
  }
  const relative = RELATIVE.exec(lead);
  if (relative && anchorPrecision === "DAY") {
    const date = /yesterday/i.test(relative[1]!) ? new Date(anchor.getTime() - DAY_MS) : anchor;
    const at = leadStart + relative.index;
    return { value: iso(date), precision: "DAY", evidence: evidenceOf(doc.text, at, at + relative[0].length) };
  }
  if (anchorEvidence) return { value: iso(anchor), precision: anchorPrecision, evidence: anchorEvidence };
  const anywhere = parseDate(lead, reference);
  if (anywhere) {
    const at = leadStart + anywhere.index;
    return { value: iso(anywhere.date), precision: anywhere.precision, evidence: evidenceOf(doc.text, at, at + anywhere.length) };
  }
  return published ? { value: iso(published), precision: "DAY", evidence: null } : null;
}
