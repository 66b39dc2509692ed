import type { TextDocument } from "@/lib/extraction/internal/text/document";
import type { Evidence } from "@/lib/extraction/types";
import { evidenceOf } from "@/lib/extraction/internal/text/evidence";
import { findCity, placeLexicon } from "@/lib/extraction/internal/vocabulary/places";
import { fold } from "@/lib/extraction/internal/vocabulary/normalize";

/**
 * The dateline: "BAKU, Azerbaijan, April 2.", "TOKYO (Kyodo) --", "Astana, 3 March /Kazinform/ -",
 * "New Delhi [India], October 5 (ANI):", "MANILA –". A city, then optionally a country (after a
 * comma or in brackets), a date, the agency in brackets or slashes, and a dash, colon or full stop.
 */
export interface Dateline {
  city: string;
  country: string | null;
  cityEvidence: Evidence;
  /** The date part as written, if any ("April 2", "02.04.2024"). */
  dateText: string | null;
  dateEvidence: Evidence | null;
  /** Where the dateline ends: names and titles are looked for after it. */
  end: number;
}

/**
 * The dateline, then the end: a dash or a colon; a full stop after a date ("April 2.") or after
 * the agency ("/TASS/."); or nothing after an agency in brackets ("New Delhi, Aug 5 (IANS) The
 * minister…").
 */
const HEAD =
  /^(\s*)(\p{Lu}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){0,3})((?:\s*\[[^\]\n]{2,40}\])?(?:,\s*[^,()[\]/\n]{2,40}?){0,3})\s*(\([^)\n]{2,40}\)|\/[^/\n]{2,30}\/)?\s*(--|—|–|-|:|(?<=\d)\.(?=\s)|(?<=[)/])\.?(?=\s))/u;

/**
 * A dateline on a line of its own, as web pages set it: "ANKARA", "ANTALYA, Türkiye", "Baku,
 * October 2, AZERTAC", "Islamabad, 21 January 2025", "Riyadh 1446/09/04 SPA".
 */
const LINE = /^(\s*)(\p{Lu}[\p{L}'’-]*(?:[ ]\p{Lu}[\p{L}'’-]*){0,3})((?:,?[ ]+[^,\n]{1,40}?){0,3})[ ]*[.:–—-]?[ ]*(?=\n|$)/u;

function titleCase(value: string): string {
  return value.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** The longest run of the first words that is a known city: "ASTANA. KAZINFORM" → "ASTANA". */
function knownPrefix(raw: string): { length: number; city: { name: string; country: string } } | null {
  const words = [...raw.matchAll(/[^\s]+/g)];
  for (let count = words.length; count >= 1; count--) {
    const last = words[count - 1]!;
    const text = raw.slice(0, (last.index ?? 0) + last[0].length).replace(/[.]$/, "");
    const city = findCity(fold(text));
    if (city) return { length: text.length, city };
  }
  return null;
}

export function findDateline(doc: TextDocument): Dateline | null {
  // The page's header (headline, byline, caption) is blanked before this runs: start at the text.
  return readDateline(doc.text, doc.text.length - doc.text.trimStart().length);
}

/** The dateline starting at `from` in `text` (offsets are the text's), if there is one. */
export function readDateline(text: string, from: number): Dateline | null {
  const head = text.slice(from, from + 240);
  const lexicon = placeLexicon();
  const inline = HEAD.exec(head);
  const alone = inline ? null : LINE.exec(head);
  const match = inline ?? alone;
  if (!match) return null;
  const lead = from + match[1]!.length;
  let rawCity = match[2]!.replace(/[.]$/, "");
  let middle = match[3] ?? "";
  let middleStart = lead + match[2]!.length;
  let known = findCity(fold(rawCity));
  if (!known) {
    const prefix = knownPrefix(rawCity);
    if (prefix) {
      // The rest of the capitalised run is the agency: "ASTANA. KAZINFORM -".
      known = prefix.city;
      middle = "";
      middleStart = lead + prefix.length;
      rawCity = rawCity.slice(0, prefix.length);
    }
  }
  const letters = rawCity.replace(/[^\p{L}]/gu, "");
  const shouted = letters.length >= 3 && letters === letters.toUpperCase();
  const hasAgency = Boolean(inline?.[4]);
  // Without a known city, capitals or an agency credit, "Speaker of ...:" is not a dateline; a
  // dateline on its own line, or one that ends with no dash, needs a known city.
  const dashless = inline && !/[-—–:.]/.test(inline[5] ?? "");
  if (!known && (alone || dashless || (!shouted && !hasAgency))) return null;
  if (!known && lexicon.countries.has(fold(rawCity))) return null;

  // A line of its own is a dateline only when all after the city is a country, a date or a
  // credit: "Baku hosts Caspian forum" is a headline.
  if (alone) {
    const parts = middle.split(/,/).map((part) => part.trim()).filter(Boolean);
    const fits = (part: string) => lexicon.countries.get(fold(part))?.form === "name" || /\d/.test(part) || /^[\p{Lu}][\p{L}.]*$/u.test(part);
    if (!parts.every((part) => part.split(/\s+/).every((word) => fits(word) || fits(part)))) return null;
  }
  let country = known?.country ?? null;
  let dateText: string | null = null;
  let dateEvidence: Evidence | null = null;
  for (const part of middle.matchAll(/\[([^\]]+)\]|,?\s+([^,]+)/g)) {
    const value = (part[1] ?? part[2] ?? "").trim().replace(/[.:–—-]$/, "").trim();
    const form = lexicon.countries.get(fold(value));
    if (form && form.form === "name") {
      country = form.code;
      continue;
    }
    const at = middleStart + (part.index ?? 0) + part[0].indexOf(value);
    if (dateText && dateEvidence && /^\d{4}\.?$/.test(value)) {
      // "July 15, 2024": the year came as a part of its own.
      dateEvidence = evidenceOf(text, dateEvidence.start, at + 4);
      dateText = dateEvidence.quote;
    } else if (!dateText && /\d/.test(value) && !/\d{4}[/.]\d{1,2}[/.]\d{1,2}/.test(value)) {
      // A Hijri date ("1446/09/04") is no Gregorian day.
      dateText = value.replace(/\.$/, "");
      dateEvidence = evidenceOf(text, at, at + dateText.length);
    }
  }
  return {
    city: known?.name ?? titleCase(rawCity),
    country,
    cityEvidence: evidenceOf(text, lead, lead + rawCity.length),
    dateText,
    dateEvidence,
    end: from + match[0].length,
  };
}
