import type { LexicalView } from "@/lib/extraction/internal/text/lexical";
import type { NameRun } from "@/lib/extraction/internal/people/find-names";
import { ATTENDANCE_CUES, LOWER_CASE_TITLE_OPENERS } from "@/lib/extraction/internal/vocabulary/words";

/**
 * People a readout names who were not at the meeting: the leader whose greetings were conveyed
 * and the one they were conveyed to, the author of a letter or message handed over, someone
 * acting on another's behalf, the counterpart of an earlier meeting or call, a former official
 * mentioned in passing. Read from the words before the person's title.
 */
const ABSENT_CUES: RegExp[] = [
  // "conveyed the greetings of President X", "a letter from Prime Minister Y", "on behalf of Z".
  /\b(?:greetings?|regards|wishes|message|letter|invitation|condolences|congratulations|instructions|behalf)(?:\s+(?:of|from))?\s*$/i,
  // "… greetings of X to President Y", "a letter … addressed to the Chief Adviser".
  /\b(?:greetings?|regards|wishes|message|letter)\b[^.;]*\b(?:to|addressed to)\s*$/i,
];

/** An earlier meeting or call: "recalled his meeting with", "followed a call last month between". */
const EARLIER_CUES: RegExp[] = [
  /\b(?:recalled|recalling|last met|previous (?:meeting|visit|talks|call)|followed (?:a|an|the|his|her)\b|(?:a|one|two|three|several) (?:day|week|month)s? after|(?:days|weeks|months) after|came (?:a|one|two|three|several)?\s*(?:day|week|month)s? after)\b[^.;]*$/i,
];

/** Where the words naming a person start: their title, courtesy forms and nationality. */
function phraseStart(view: LexicalView, first: number, personTokens: Set<number>): number {
  const { tokens } = view.doc;
  const sentenceFirst = view.doc.sentences[tokens[first]!.sentence]!.first;
  let k = first;
  while (k - 1 >= sentenceFirst && !personTokens.has(k - 1)) {
    const token = tokens[k - 1]!;
    const joins = token.isWord && (token.cap || view.classes[k - 1] === "office" || view.classes[k - 1] === "particle" || /^(?:of|the|and|for)$/.test(token.folded) || LOWER_CASE_TITLE_OPENERS.has(token.folded));
    if (!joins && !/^['’]s$/.test(token.text)) break;
    k--;
  }
  // "the greetings of President X": the connector belongs to the cue, not the title.
  while (k < first && /^(?:of|the|and|for)$/.test(tokens[k]!.folded)) k++;
  return k;
}

export function isAbsent(view: LexicalView, run: NameRun, personTokens: Set<number>, inLead: boolean): boolean {
  const { tokens, sentences } = view.doc;
  const sentence = sentences[tokens[run.first]!.sentence]!;
  const start = phraseStart(view, run.first, personTokens);
  const before = view.doc.text.slice(sentence.start, tokens[start]!.start);
  if (ABSENT_CUES.some((cue) => cue.test(before))) return true;
  // "The talks, which followed the signing, were attended by …": attendance outranks the past.
  if (!ATTENDANCE_CUES.test(sentence.text) && EARLIER_CUES.some((cue) => cue.test(before))) return true;
  // "former U.S. Secretary of State X visited …": mentioned, not met, unless the lead says so.
  const phrase = tokens.slice(start, run.first).map((token) => token.folded);
  return !inLead && (phrase.includes("former") || phrase.includes("late"));
}
