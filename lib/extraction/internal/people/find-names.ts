import type { LexicalView } from "@/lib/extraction/internal/text/lexical";
import { isNamePart } from "@/lib/extraction/internal/text/lexical";
import { placeLexicon } from "@/lib/extraction/internal/vocabulary/places";
import { fold } from "@/lib/extraction/internal/vocabulary/normalize";
import { INSTITUTION_WORDS, ORGANIZATION_HEADS } from "@/lib/extraction/internal/vocabulary/words";

/** A run of name parts: a full name ("Dick van der Berg") or a short reference ("Zhang"). */
export interface NameRun {
  first: number;
  last: number;
  /** Name parts that are words of a name, not particles or suffixes. */
  words: number;
  name: string;
}

const DETERMINERS = new Set(["the", "a", "an", "this", "that", "its"]);
/** First words of place names, never of a person's. */
const PLACE_PREFIXES = new Set(["kuala", "sungai", "kota", "bandar", "port", "mount", "lake", "cape", "fort", "puerto", "porto", "bahia", "wadi", "jebel", "jabal", "ras", "tel", "lake", "saint", "sankt"]);

/**
 * Runs of capitalised name words with particles, initials and suffixes, skipping anything the
 * vocabularies know (offices, institutions, countries, months). A run of two or more words is a
 * full name unless an institution word follows it ("Heydar Aliyev Foundation") or an article
 * precedes it ("the El Dabaa plant"), or it is a city ("Abu Dhabi").
 */
export function findNameRuns(view: LexicalView, from: number): { full: NameRun[]; short: NameRun[] } {
  const { tokens } = view.doc;
  const cities = placeLexicon().cities;
  const full: NameRun[] = [];
  const short: NameRun[] = [];
  for (let i = from; i < tokens.length; i++) {
    if (!isNamePart(view, i) || view.classes[i] === "suffix") continue;
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1]!.sentence === tokens[i]!.sentence && isNamePart(view, last + 1)) last++;
    // Trailing particles belong to whatever follows ("… bin" never ends a name).
    while (last > i && view.classes[last] === "particle") last--;
    let first = i;
    while (first < last && view.classes[first] === "particle" && tokens[first]!.cap === false) first++;
    const words = tokens.slice(first, last + 1).filter((_, k) => view.classes[first + k] === "name" || view.classes[first + k] === "initial").length;
    const next = tokens[last + 1];
    const name = view.doc.text.slice(tokens[first]!.start, tokens[last]!.end);
    const run = { first, last, words, name };
    i = last;
    if (words === 0) continue;
    const institutionFollows = next?.cap && (ORGANIZATION_HEADS.has(next.folded) || INSTITUTION_WORDS.has(next.folded));
    const articleBefore = DETERMINERS.has(tokens[first - 1]?.folded ?? "");
    // "Kuala Lurah", "Sungai Tujoh", "Port Moresby": a place, named by its kind of place.
    const placePrefix = PLACE_PREFIXES.has(tokens[first]!.folded);
    if (institutionFollows || placePrefix || cities.has(fold(name))) continue;
    if (words >= 2 && !articleBefore) full.push(run);
    else if (words >= 4 && articleBefore) {
      // "Speaker of the Jogorku Kenesh Nurlan Tashiev": an institution's name runs into the
      // person's; the last two words are the person.
      const nameWords: number[] = [];
      for (let k = first; k <= last; k++) if (view.classes[k] === "name") nameWords.push(k);
      const tail = nameWords.at(-2)!;
      full.push({ first: tail, last, words: 2, name: view.doc.text.slice(tokens[tail]!.start, tokens[last]!.end) });
    } else if (words === 1) short.push(run);
  }
  return { full, short };
}
