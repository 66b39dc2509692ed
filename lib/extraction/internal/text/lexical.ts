import type { TextDocument, Token } from "@/lib/extraction/internal/text/document";
import { findCountryMentions, type CountryMention } from "@/lib/extraction/internal/text/country-mentions";
import {
  HONORIFICS,
  INSTITUTION_WORDS,
  MONTHS,
  NAME_PARTICLES,
  OFFICE_WORDS,
  ORGANIZATION_HEADS,
  SENTENCE_OPENERS,
  TITLE_MODIFIERS,
  WEEKDAYS,
} from "@/lib/extraction/internal/vocabulary/words";

/** What a token can be in a name, a title or an organisation. */
export type WordClass = "country" | "office" | "vocabulary" | "honorific" | "particle" | "initial" | "suffix" | "name" | "other";

export interface LexicalView {
  doc: TextDocument;
  classes: WordClass[];
  /** The country mention covering each token, if any. */
  countryAt: (CountryMention | undefined)[];
  mentions: CountryMention[];
}

const SUFFIXES = new Set(["jr.", "sr.", "jr", "sr", "ii", "iii", "iv"]);

function classify(token: Token, firstWords: Set<number>, country: CountryMention | undefined): WordClass {
  if (!token.isWord) return "other";
  const word = token.folded;
  if (country) return "country";
  if (SUFFIXES.has(word) && token.cap) return "suffix";
  if (/^\p{Lu}\.$/u.test(token.text)) return "initial";
  if (NAME_PARTICLES.has(word)) return "particle";
  // Arabic article joined to the name: "al-Tayeb", "el-Sisi".
  if (/^(?:al|el|ad|ash|as|at|az|ar|an)-\p{Lu}/u.test(token.text)) return "name";
  if (!token.cap) return OFFICE_WORDS.has(word) ? "office" : "other";
  if (HONORIFICS.has(word) && !OFFICE_WORDS.has(word)) return "honorific";
  if (token.allCaps && word !== "he") return "vocabulary";
  if (OFFICE_WORDS.has(word)) return "office";
  if (TITLE_MODIFIERS.has(word) || ORGANIZATION_HEADS.has(word) || INSTITUTION_WORDS.has(word)) return "vocabulary";
  if (MONTHS.has(word) || WEEKDAYS.includes(word)) return "vocabulary";
  if (word === "he" || word === "h.e.") return "honorific";
  // Capitalised only because it opens the sentence ("During", "Particular attention").
  if (firstWords.has(token.index) && (SENTENCE_OPENERS.has(word) || (token.pos !== null && token.pos !== "PROPN" && token.pos !== "NOUN"))) return "other";
  return "name";
}

export function lexicalView(doc: TextDocument): LexicalView {
  const mentions = findCountryMentions(doc);
  const countryAt: (CountryMention | undefined)[] = new Array(doc.tokens.length);
  for (const mention of mentions) {
    // A compound adjective ("Kazakh-Austrian") marks its token with its first part.
    for (let i = mention.first; i <= mention.last; i++) countryAt[i] ??= mention;
  }
  const firstWords = new Set<number>();
  for (const sentence of doc.sentences) {
    for (let i = sentence.first; i <= sentence.last; i++) {
      if (doc.tokens[i]!.isWord) {
        firstWords.add(i);
        break;
      }
    }
  }
  const classes = doc.tokens.map((token, i) => classify(token, firstWords, countryAt[i]));
  // After "bin", "ibn", "abu" comes a name, even one that is also an office: "Rakan bin Sultan".
  for (let i = 1; i < classes.length; i++) {
    const token = doc.tokens[i]!;
    if (token.cap && !token.allCaps && classes[i] !== "name" && /^(?:bin|bint|ibn|binti|abu|ould)$/.test(doc.tokens[i - 1]!.folded)) classes[i] = "name";
  }
  return { doc, classes, countryAt, mentions };
}

/** Particles count as name parts only between other name parts ("Dick van der Berg"). */
export function isNamePart(view: LexicalView, i: number): boolean {
  const kind = view.classes[i];
  return kind === "name" || kind === "initial" || kind === "particle" || kind === "suffix";
}
