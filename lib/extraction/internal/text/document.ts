import winkNLP, { type ItemSentence } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { fold } from "@/lib/extraction/internal/vocabulary/normalize";

/** A word or punctuation mark of the analysed text, with its offsets. */
export interface Token {
  text: string;
  folded: string;
  start: number;
  end: number;
  /** First letter upper case ("Gafarova", "J.", "Al-Sabah"). */
  cap: boolean;
  /** Two or more letters, all upper case ("CPC", "BAKU"). */
  allCaps: boolean;
  isWord: boolean;
  /** wink-nlp's part of speech for the word starting here, when it has one. */
  pos: string | null;
  sentence: number;
  index: number;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index range into the document's tokens. */
  first: number;
  last: number;
}

export interface TextDocument {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

// Only sentence boundaries and parts of speech: the rest of wink's pipeline (negation,
// sentiment, entities) costs more than half the time and is not used.
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

// Words with inner hyphens and apostrophes stay whole ("al-Tayeb", "Ji-hoon", "Baku-Tbilisi-Kars");
// a trailing possessive is split off; abbreviations keep their dot.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const ABBREVIATIONS = new Set([
  "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "gen", "col", "lt", "capt", "amb", "hon", "eng", "no",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "h.e", "u.s", "u.k", "d.c",
]);

function winkSentences(text: string): { spans: [number, number][]; pos: Map<number, string> } {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const starts: number[] = [];
  const ends: number[] = [];
  const pos = new Map<number, string>();
  let cursor = 0;
  values.forEach((value, i) => {
    const at = value ? text.indexOf(value, cursor) : -1;
    if (at < 0 || at - cursor > 200) {
      starts.push(-1);
      ends.push(-1);
      return;
    }
    starts.push(at);
    ends.push(at + value.length);
    pos.set(at, tags[i] ?? "");
    cursor = at + value.length;
  });
  const spans: [number, number][] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [a, b] = sentence.out(its.span) as unknown as [number, number];
    let start = -1;
    let end = -1;
    for (let i = a; i <= b && start < 0; i++) start = starts[i] ?? -1;
    for (let i = b; i >= a && end < 0; i--) end = ends[i] ?? -1;
    if (start >= 0 && end > start) spans.push([start, end]);
  });
  return { spans, pos };
}

/** Sentences from wink-nlp, our own tokens (with exact offsets) inside them. */
export function readDocument(text: string): TextDocument {
  const { spans, pos } = winkSentences(text);
  // Wire datelines end in "--" or ":" rather than a full stop; wink keeps them in the first
  // sentence, which is what we want. Text outside every sentence (rare) becomes its own.
  const ranges: [number, number][] = [];
  let cursor = 0;
  for (const [start, end] of spans) {
    if (start < cursor) continue;
    if (text.slice(cursor, start).trim()) ranges.push([cursor, start]);
    ranges.push([start, end]);
    cursor = end;
  }
  if (text.slice(cursor).trim()) ranges.push([cursor, text.length]);

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const [rawStart, end] of ranges) {
    // wink counts line breaks as tokens; a sentence starts at its first visible character.
    const start = rawStart + (text.slice(rawStart, end).length - text.slice(rawStart, end).trimStart().length);
    const slice = text.slice(start, end);
    const first = tokens.length;
    for (const match of slice.matchAll(TOKEN)) {
      let value = match[0];
      let at = start + (match.index ?? 0);
      const push = (word: string, offset: number) => {
        const isWord = /[\p{L}\p{N}]/u.test(word);
        const letters = word.replace(/[^\p{L}]/gu, "");
        tokens.push({
          text: word,
          folded: fold(word),
          start: offset,
          end: offset + word.length,
          cap: /^\p{Lu}/u.test(word),
          allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
          isWord,
          pos: pos.get(offset) ?? null,
          sentence: sentences.length,
          index: tokens.length,
        });
      };
      // "U.S.", "U.A.E.", "D.P.R.K.": letters and dots written together are one word.
      if (/^\p{Lu}$/u.test(value) && tokens.length > first) {
        const previous = tokens[tokens.length - 1]!;
        if (previous.end === at && /^(?:\p{Lu}\.)+$/u.test(previous.text)) {
          previous.text += value;
          previous.folded += fold(value);
          previous.end += 1;
          previous.allCaps = true;
          continue;
        }
      }
      // A dot after an abbreviation or an initial belongs to it.
      if (value === "." && tokens.length > first) {
        const previous = tokens[tokens.length - 1]!;
        if (previous.end === at && (ABBREVIATIONS.has(previous.folded) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(previous.text))) {
          previous.text += ".";
          previous.folded += ".";
          previous.end += 1;
          continue;
        }
      }
      const possessive = /^(.+)(['’]s)$/u.exec(value);
      if (possessive && possessive[1]!.length > 1) {
        push(possessive[1]!, at);
        value = possessive[2]!;
        at += possessive[1]!.length;
      }
      push(value, at);
    }
    sentences.push({ start, end, text: slice, first, last: tokens.length - 1 });
  }
  return { text, tokens, sentences };
}
