import type { TextDocument } from "@/lib/extraction/text/document";
import type { Evidence } from "@/lib/extraction/types";
import { evidenceOf } from "@/lib/extraction/text/evidence";
import { placeLexicon } from "@/lib/extraction/vocabulary/places";
import { fold } from "@/lib/extraction/vocabulary/normalize";

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

const HEAD =
  /^(\s*)(\p{Lu}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){0,3})((?:\s*\[[^\]\n]{2,40}\])?(?:,\s*[^,()[\]/\n]{2,40}?){0,3})\s*(\([^)\n]{2,40}\)|\/[^/\n]{2,30}\/)?\s*(--|—|–|-|:|(?<=\d)\.(?=\s))/u;

function titleCase(value: string): string {
  return value.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

export function findDateline(doc: TextDocument): Dateline | null {
  const head = doc.text.slice(0, 240);
  const match = HEAD.exec(head);
  if (!match) return null;
  const lexicon = placeLexicon();
  const lead = match[1]!.length;
  const rawCity = match[2]!.replace(/[.]$/, "");
  const known = lexicon.cities.get(fold(rawCity));
  const letters = rawCity.replace(/[^\p{L}]/gu, "");
  const shouted = letters.length >= 3 && letters === letters.toUpperCase();
  const hasAgency = Boolean(match[4]);
  // Without a known city, capitals or an agency credit, "Speaker of ...:" is not a dateline.
  if (!known && !shouted && !hasAgency) return null;
  if (!known && lexicon.countries.has(fold(rawCity))) return null;

  let country = known?.country ?? null;
  let dateText: string | null = null;
  let dateEvidence: Evidence | null = null;
  const middle = match[3] ?? "";
  const middleStart = lead + match[2]!.length;
  for (const part of middle.matchAll(/\[([^\]]+)\]|,\s*([^,]+)/g)) {
    const value = (part[1] ?? part[2] ?? "").trim();
    const form = lexicon.countries.get(fold(value));
    if (form && form.form === "name") {
      country = form.code;
      continue;
    }
    const at = middleStart + (part.index ?? 0) + part[0].indexOf(value);
    if (dateText && dateEvidence && /^\d{4}\.?$/.test(value)) {
      // "July 15, 2024": the year came as a part of its own.
      dateEvidence = evidenceOf(doc.text, dateEvidence.start, at + 4);
      dateText = dateEvidence.quote;
    } else if (!dateText && /\d/.test(value)) {
      dateText = value.replace(/\.$/, "");
      dateEvidence = evidenceOf(doc.text, at, at + dateText.length);
    }
  }
  return {
    city: known?.name ?? titleCase(rawCity),
    country,
    cityEvidence: evidenceOf(doc.text, lead, lead + rawCity.length),
    dateText,
    dateEvidence,
    end: match[0].length,
  };
}
