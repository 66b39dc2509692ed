import { placeLexicon } from "@/lib/extraction/internal/vocabulary/places";
import { fold } from "@/lib/extraction/internal/vocabulary/normalize";

const FILLER = new Set(["the", "of", "for", "and", "on", "in", "'s", "s", "republic", "state", "kingdom"]);

/**
 * Words of an organisation's name with countries (names or adjectives) turned into their code:
 * "Azerbaijani Parliament" and "Parliament of Azerbaijan" both give {parliament, @AZ}. Used to
 * merge repeats and, in the evaluation, to match names fairly.
 */
export function organizationWords(name: string): string[] {
  const lexicon = placeLexicon();
  const words = fold(name)
    .replace(/[()[\],.;:"“”]/g, " ")
    .replace(/'s\b/g, " ")
    .split(/[\s-]+/)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let matched = false;
    for (let j = Math.min(words.length, i + lexicon.maxCountryWords); j > i; j--) {
      const form = lexicon.countries.get(words.slice(i, j).join(" "));
      if (form) {
        out.push(`@${form.code}`);
        i = j - 1;
        matched = true;
        break;
      }
    }
    if (!matched && !FILLER.has(words[i]!)) out.push(words[i]!);
  }
  return out;
}

export function organizationKey(name: string): string {
  return [...new Set(organizationWords(name))].sort().join(" ");
}
