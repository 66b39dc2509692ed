import type { TextDocument } from "@/lib/extraction/internal/text/document";
import { placeLexicon, type CountryForm } from "@/lib/extraction/internal/vocabulary/places";
import { fold } from "@/lib/extraction/internal/vocabulary/normalize";

/** A country named in the text: by name ("Georgia", "Republic of Austria") or adjective ("Kazakh"). */
export interface CountryMention extends CountryForm {
  /** Token range, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
}

function joined(doc: TextDocument, first: number, last: number): string {
  return fold(doc.text.slice(doc.tokens[first]!.start, doc.tokens[last]!.end)).replace(/\s+/g, " ").replace(/ 's\b/g, "'s");
}

/**
 * Every country mention, longest first ("People's Republic of China" over "China"). Compound
 * adjectives ("Kazakh-Austrian", "China-Africa") yield one mention per part.
 */
export function findCountryMentions(doc: TextDocument): CountryMention[] {
  const lexicon = placeLexicon();
  const mentions: CountryMention[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.isWord || !token.cap) continue;
    let found: CountryMention | null = null;
    // Most capitalised words start no country form: skip the look-ups for them.
    const candidate = lexicon.countryFirstWords.has(token.folded) || lexicon.countryFirstWords.has(`${token.folded}'s`);
    for (let j = candidate ? Math.min(tokens.length - 1, i + lexicon.maxCountryWords + 1) : i - 1; j >= i; j--) {
      if (tokens[j]!.sentence !== token.sentence) continue;
      const form = lexicon.countries.get(joined(doc, i, j));
      // All-caps forms ("US", "UAE") must be written in capitals; "us" is a pronoun.
      if (form && (j > i || token.text.length > 3 || token.allCaps)) {
        found = { ...form, first: i, last: j, start: token.start, end: tokens[j]!.end };
        break;
      }
    }
    if (found) {
      mentions.push(found);
      i = found.last;
      continue;
    }
    if (token.text.includes("-")) {
      let offset = token.start;
      for (const part of token.text.split("-")) {
        const form = lexicon.countries.get(fold(part));
        if (form) mentions.push({ ...form, first: i, last: i, start: offset, end: offset + part.length });
        offset += part.length + 1;
      }
    }
  }
  return mentions;
}
