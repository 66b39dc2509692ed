import type { LexicalView } from "@/lib/extraction/internal/text/lexical";
import { KNOWN_ACRONYMS } from "@/lib/extraction/internal/vocabulary/acronyms";
import { placeLexicon } from "@/lib/extraction/internal/vocabulary/places";
import { fold } from "@/lib/extraction/internal/vocabulary/normalize";
import { HONORIFICS, LOWER_CASE_TITLE_OPENERS, MONTHS, OFFICE_WORDS, WEEKDAYS } from "@/lib/extraction/internal/vocabulary/words";

/** A title found next to a name, as token and character ranges, with the country it names. */
export interface TitleSpan {
  first: number;
  last: number;
  /** The title as stated, without a leading nationality adjective or a trailing "of <country>". */
  text: string;
  country: string | null;
}

const CONNECTORS = new Set(["of", "for", "the", "and", "to", "on"]);
/** Before a name a title also runs on through "at": "Minister of State at the Ministry of Foreign Affairs". */
const CONNECTORS_BEFORE = new Set([...CONNECTORS, "at"]);
/** Ranks written between an office and the name: "Chief of Army Staff General Asim Munawar". */
const RANKS = new Set(["general", "admiral", "marshal", "colonel", "brigadier", "lieutenant", "major", "captain", "ambassador"]);
const STATE_WORDS = new Set(["republic", "kingdom", "state", "federation", "sultanate", "emirate", "principality", "commonwealth"]);

function isWord(view: LexicalView, i: number) {
  return Boolean(view.doc.tokens[i]?.isWord);
}

/**
 * Reads the country a title names and the title without it: "Chinese Vice Premier" → CN, "Vice
 * Premier"; "Minister of Foreign Affairs of the Republic of Kazakhstan" → KZ, "Minister of Foreign
 * Affairs"; "Ambassador of Austria to Kazakhstan" → AT (the sending country), kept whole.
 */
export function readTitle(view: LexicalView, first: number, last: number, possessor: string | null): TitleSpan | null {
  const { tokens } = view.doc;
  let country: string | null = null;
  let from = first;
  let to = last;
  // "acting", "former" stay in the title; a nationality after them does not ("former U.S.
  // Secretary of Energy" → "former Secretary of Energy", US).
  const opener = LOWER_CASE_TITLE_OPENERS.has(tokens[from]?.folded ?? "") && from < to ? tokens[from]!.text : null;
  if (opener) from++;
  // Leading adjectives of nationality ("Chinese", the first part of "Kazakh-Austrian") and
  // names used as adjectives ("United States Secretary of State").
  while (from <= to && view.classes[from] === "country") {
    const mention = view.countryAt[from]!;
    country ??= mention.code;
    from = mention.last + 1;
  }
  // A trailing "of (the) (Republic of) <Country>".
  const tail = view.countryAt[to];
  if (tail && tail.form === "name" && tail.last === to) {
    let k = tail.first - 1;
    if (tokens[k]?.folded === "the") k--;
    if (tokens[k]?.folded === "of") {
      k--;
      // "Republic of" belongs to the country; "Secretary of State of the Holy See" keeps its State.
      const office = OFFICE_WORDS.has(tokens[k - 2]?.folded ?? "");
      if (STATE_WORDS.has(tokens[k]?.folded ?? "") && tokens[k - 1]?.folded === "of" && !(tokens[k]!.folded === "state" && office)) k -= 2;
      if (tokens[k]?.folded === "the") k--;
      if (k >= from && view.classes.slice(from, k + 1).includes("office")) {
        country ??= tail.code;
        to = k;
      }
    }
  }
  if (!country) {
    for (let i = from; i <= to; i++) {
      const mention = view.countryAt[i];
      if (!mention) continue;
      const before = tokens[mention.first - 1]?.folded;
      const beforeThe = tokens[mention.first - 2]?.folded;
      // "to Kazakhstan", "for Sudan" name where the office works, not whose it is.
      const receiving = before === "to" || before === "for" || before === "in" || ((before === "the" || STATE_WORDS.has(before ?? "")) && (beforeThe === "to" || beforeThe === "for"));
      if (!receiving) {
        country = mention.code;
        break;
      }
      i = mention.last;
    }
  }
  // "Member of the Political Bureau of the CPC Central Committee": a national body's acronym.
  for (let i = from; i <= to && !country; i++) {
    const expansion = KNOWN_ACRONYMS[tokens[i]!.text];
    const named = expansion ? / of (?:the )?([\p{L} ]+)$/u.exec(expansion)?.[1] : undefined;
    if (named) country = placeLexicon().countries.get(fold(named))?.code ?? null;
  }
  country ??= possessor;
  while (to > from && (!isWord(view, to) || CONNECTORS.has(tokens[to]!.folded))) to--;
  if (from > to || !view.classes.slice(from, to + 1).includes("office")) return null;
  const text = `${opener ? `${opener} ` : ""}${view.doc.text.slice(tokens[from]!.start, tokens[to]!.end)}`;
  return { first, last, text, country };
}

/**
 * The title written before a name, with or without a comma: "Chinese Vice Premier Zhang
 * Weiming", "Speaker of the Azerbaijani Parliament, Sahiba Gafarova", "Minister of Foreign
 * Affairs, African Cooperation and Moroccan Expatriates Nabil Amrani".
 */
export function titleBefore(view: LexicalView, nameFirst: number, personTokens: Set<number>): TitleSpan | null {
  const { tokens } = view.doc;
  const sentence = view.doc.sentences[tokens[nameFirst]!.sentence]!;
  let j = nameFirst - 1;
  let leftmost = nameFirst;
  let sawOffice = false;
  while (j >= sentence.first) {
    const token = tokens[j]!;
    if (personTokens.has(j)) break;
    if (token.isWord && (token.cap || view.classes[j] === "office")) {
      // Lower-case offices join a capitalised title: "Minister of State and member of the Cabinet".
      leftmost = j;
      if (view.classes[j] === "office") sawOffice = true;
    } else if (token.isWord && CONNECTORS_BEFORE.has(token.folded)) {
      // Connectors join only if a capitalised word precedes them.
    } else if (/^['’]s$/.test(token.text)) {
      // "Kuwait's Foreign Minister": the possessor is read below.
    } else if (token.text === "," && !sawOffice && tokens[j - 1]?.cap && (tokens[j + 1]?.cap ?? false)) {
      // A comma inside a long ministry name, or between a title and its name.
    } else break;
    j--;
  }
  if (leftmost === nameFirst) return null;
  let office = -1;
  for (let i = leftmost; i < nameFirst; i++) {
    if (view.classes[i] === "office") {
      office = i;
      break;
    }
  }
  if (office < 0) return null;
  let start = office;
  const dateWord = (i: number) => MONTHS.has(tokens[i]!.folded) || WEEKDAYS.includes(tokens[i]!.folded);
  while (
    start - 1 >= leftmost &&
    tokens[start - 1]!.isWord &&
    tokens[start - 1]!.cap &&
    ["vocabulary", "country", "office"].includes(view.classes[start - 1]!) &&
    !dateWord(start - 1)
  ) {
    start--;
    // "Commerce and Industry Minister": two portfolios joined by "and".
    const joined = tokens[start - 1]?.folded === "and" && tokens[start - 2]?.cap && view.classes[start - 2] === "vocabulary";
    if (joined && start - 2 >= leftmost) start -= 2;
  }
  // "acting Foreign Minister", "former U.S. Secretary …": a lower-case opener stays in the title.
  if (LOWER_CASE_TITLE_OPENERS.has(tokens[start - 1]?.folded ?? "")) start--;
  let possessor: string | null = null;
  if (/^['’]s$/.test(tokens[start - 1]?.text ?? "") && view.countryAt[start - 2]) possessor = view.countryAt[start - 2]!.code;
  let end = nameFirst - 1;
  while (end > start && (view.classes[end] === "honorific" || !tokens[end]!.isWord || CONNECTORS.has(tokens[end]!.folded))) end--;
  // A rank used as a courtesy form after a full title: "Special Envoy for Sudan Ambassador X".
  // "Crown Prince" is an office, not a prince's courtesy form.
  const rank = (HONORIFICS.has(tokens[end]!.folded) && tokens[end - 1]?.folded !== "crown") || RANKS.has(tokens[end]!.folded);
  if (end > start && rank && !CONNECTORS.has(tokens[end - 1]!.folded) && view.classes.slice(start, end).includes("office")) end--;
  return readTitle(view, start, end, possessor);
}

const STOP_AFTER = new Set([",", ".", ";", ":", "—", "–", "--", "\"", "“", "”"]);

/** The title written after a name, between commas: "Liu Jianchao, member of the … and head of …,". */
export function titleAfter(view: LexicalView, nameLast: number): TitleSpan | null {
  const { tokens } = view.doc;
  let i = nameLast + 1;
  if (tokens[i]?.text !== ",") return null;
  i++;
  if (tokens[i]?.folded === "the") i++;
  const first = i;
  let sawOffice = false;
  let last = -1;
  let depth = 0;
  for (; i < tokens.length && tokens[i]!.sentence === tokens[nameLast]!.sentence; i++) {
    const token = tokens[i]!;
    if (token.text === "(") depth++;
    else if (token.text === ")") {
      if (depth === 0) break;
      depth--;
    } else if (depth > 0) continue;
    else if (STOP_AFTER.has(token.text)) break;
    else if (token.isWord && (token.cap || OFFICE_WORDS.has(token.folded))) {
      if (OFFICE_WORDS.has(token.folded)) sawOffice = true;
      // The office must come early: ", Tahir Budagov, members of…" is a list, not a title.
      if (!sawOffice && i - first >= 4) return null;
    } else if (/^['’]s$/.test(token.text)) {
      // possessive inside a title: "the CPC's International Relations Department"
    } else if (token.isWord && (CONNECTORS.has(token.folded) || /^(its|their|his|her)$/.test(token.folded))) {
      if (token.folded === "and" && !(OFFICE_WORDS.has(tokens[i + 1]?.folded ?? "") || tokens[i + 1]?.cap)) break;
    } else break;
    if (token.isWord || token.text === ")") last = i;
  }
  if (!sawOffice || last < first) return null;
  return readTitle(view, first, last, null);
}
