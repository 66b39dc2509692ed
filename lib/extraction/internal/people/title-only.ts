import type { LexicalView } from "@/lib/extraction/internal/text/lexical";
import type { ParticipantSuggestion } from "@/lib/extraction/types";
import { isNamePart } from "@/lib/extraction/internal/text/lexical";
import { evidenceOf } from "@/lib/extraction/internal/text/evidence";
import { OFFICE_WORDS, TITLE_MODIFIERS } from "@/lib/extraction/internal/vocabulary/words";

const ARTICLES = new Set(["the", "a", "an"]);

function titleCase(value: string): string {
  return value.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/**
 * Counterparts named only by office: "met the Chinese ambassador", "received a Turkish deputy
 * foreign minister". Flagged `titleOnly`, with no name: the analyst has to find out who it was.
 * Only in sentences that say who met (`inMeetingSentence`).
 */
export function findTitleOnlyParticipants(view: LexicalView, from: number, inMeetingSentence: (sentence: number) => boolean): ParticipantSuggestion[] {
  const { tokens } = view.doc;
  const found: ParticipantSuggestion[] = [];
  for (let i = from; i < tokens.length; i++) {
    if (!ARTICLES.has(tokens[i]!.folded)) continue;
    const mention = view.countryAt[i + 1];
    if (!mention || mention.form !== "demonym" || mention.first !== i + 1) continue;
    let k = mention.last + 1;
    let last = -1;
    while (k < tokens.length && k <= mention.last + 4 && tokens[k]!.isWord && (TITLE_MODIFIERS.has(tokens[k]!.folded) || OFFICE_WORDS.has(tokens[k]!.folded))) {
      if (OFFICE_WORDS.has(tokens[k]!.folded)) last = k;
      k++;
    }
    if (last < 0 || isNamePart(view, last + 1) || !inMeetingSentence(tokens[i]!.sentence)) continue;
    const title = titleCase(view.doc.text.slice(tokens[mention.last + 1]!.start, tokens[last]!.end));
    found.push({
      name: "",
      aliases: [],
      title,
      organization: null,
      country: mention.code,
      side: null,
      isDelegationLead: false,
      titleOnly: true,
      evidence: evidenceOf(view.doc.text, tokens[i + 1]!.start, tokens[last]!.end),
    });
    i = last;
  }
  return found;
}
