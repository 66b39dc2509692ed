import type { LexicalView } from "@/lib/extraction/internal/text/lexical";
import { INSTITUTION_HEADS, MONTHS, OFFICE_WORDS, SENTENCE_OPENERS, WEEKDAYS } from "@/lib/extraction/internal/vocabulary/words";

/** An institution named in the text: "Communist Party of China (CPC)", "Azerbaijani Parliament". */
export interface OrganizationPhrase {
  first: number;
  last: number;
  start: number;
  end: number;
  /** The acronym given in brackets right after it. */
  acronym?: string;
  acronymStart?: number;
  acronymEnd?: number;
}

const CONNECTORS = new Set(["of", "for", "on", "and", "with"]);

/**
 * Organisation phrases around each institution head word ("Ministry", "Party", "Assembly"): the
 * capitalised words before it ("New Azerbaijan Party", "CPC's International Relations
 * Department") and "of/for/on …" chains of capitalised words after it ("Forum on China-Africa
 * Cooperation", "Ministry of Foreign Affairs of the Republic of Kazakhstan").
 */
export function findOrganizationPhrases(view: LexicalView, from = 0, to = view.doc.tokens.length - 1, blocked?: Set<number>): OrganizationPhrase[] {
  const { tokens } = view.doc;
  const phrases: OrganizationPhrase[] = [];
  const capWord = (i: number) => {
    const token = tokens[i];
    return Boolean(token && token.isWord && token.cap && !blocked?.has(i));
  };
  for (let head = from; head <= to; head++) {
    const token = tokens[head]!;
    if (!token.cap || !INSTITUTION_HEADS.has(token.folded) || blocked?.has(head)) continue;
    const sentence = token.sentence;
    let first = head;
    while (first - 1 >= from && tokens[first - 1]!.sentence === sentence) {
      const previous = tokens[first - 1]!;
      if (capWord(first - 1) && !OFFICE_WORDS.has(previous.folded)) {
        const isOpener = view.doc.sentences[sentence]?.first === first - 1 && SENTENCE_OPENERS.has(previous.folded);
        if (isOpener) break;
        first--;
      } else if (/^['’]s$/.test(previous.text) && capWord(first - 2)) {
        first -= 2;
      } else if (previous.text === "-" && capWord(first - 2)) {
        first -= 2;
      } else break;
    }
    let last = head;
    for (;;) {
      let next = last + 1;
      const connector = tokens[next];
      if (!connector || next > to || connector.sentence !== sentence || !CONNECTORS.has(connector.folded)) break;
      next++;
      const joining = connector.folded === "and" || connector.folded === "with";
      if (tokens[next]?.folded === "the") {
        // "… Foundation and the Chinese …" starts a second name.
        if (joining) break;
        next++;
      }
      const dateWord = (k: number) => MONTHS.has(tokens[k]!.folded) || WEEKDAYS.includes(tokens[k]!.folded);
      // "the Kremlin on Tuesday": a date is not part of a name.
      if (!capWord(next) || OFFICE_WORDS.has(tokens[next]!.folded) || dateWord(next)) break;
      let end = next;
      while (capWord(end + 1) && tokens[end + 1]!.sentence === sentence && !OFFICE_WORDS.has(tokens[end + 1]!.folded)) end++;
      // "and"/"with" join only words that still belong to this name ("Economy and Sustainable
      // Development"), never a second institution or a person.
      if (joining && tokens.slice(next, end + 1).some((t, k) => INSTITUTION_HEADS.has(t.folded) || view.classes[next + k] === "name")) break;
      last = end;
    }
    if (first === last && !tokens[first]!.allCaps && view.classes[first] !== "country") {
      // A lone "Government" or "Parliament" names nothing in particular.
      continue;
    }
    const phrase: OrganizationPhrase = { first, last, start: tokens[first]!.start, end: tokens[last]!.end };
    const open = tokens[last + 1];
    const acronym = tokens[last + 2];
    if (open?.text === "(" && acronym?.allCaps && tokens[last + 3]?.text === ")") {
      phrase.acronym = acronym.text;
      phrase.acronymStart = acronym.start;
      phrase.acronymEnd = acronym.end;
    }
    phrases.push(phrase);
  }
  // A bracketed acronym belongs to the innermost name before it: "(CPC)" after "Central
  // Committee of the Communist Party of China" is the party's.
  for (const phrase of phrases) {
    if (!phrase.acronym) continue;
    const inner = phrases.find((other) => other !== phrase && other.last === phrase.last && other.first > phrase.first);
    if (inner) {
      delete phrase.acronym;
      delete phrase.acronymStart;
      delete phrase.acronymEnd;
    }
  }
  return phrases;
}
