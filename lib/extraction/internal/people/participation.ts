import type { LexicalView } from "@/lib/extraction/internal/text/lexical";
import type { NameRun } from "@/lib/extraction/internal/people/find-names";
import { titleAfter } from "@/lib/extraction/internal/people/titles";
import { ATTENDANCE_CUES, PARTICIPANT_VERBS } from "@/lib/extraction/internal/vocabulary/words";

export interface ParticipationContext {
  /** Sentences up to this index are the lead: everyone named there took part. */
  leadSentence: number;
}

/** Named in the lead, in a sentence about who attended, or as the subject of a verb. */
export function tookPart(view: LexicalView, run: NameRun, context: ParticipationContext): boolean {
  const { tokens, sentences } = view.doc;
  const sentenceIndex = tokens[run.first]!.sentence;
  if (sentenceIndex <= context.leadSentence) return true;
  if (ATTENDANCE_CUES.test(sentences[sentenceIndex]!.text)) return true;
  if (/^(late|former)$/.test(tokens[run.first - 1]?.folded ?? "")) return false;
  let k = run.last + 1;
  // Skip an appositive title: "Liu, head of the department, said".
  if (tokens[k]?.text === ",") {
    const after = titleAfter(view, run.last);
    if (after) k = after.last + 2;
  }
  for (let seen = 0; k < tokens.length && seen < 2; k++) {
    const token = tokens[k]!;
    if (!token.isWord) continue;
    if (token.folded === "also" || token.folded === "and") continue;
    if (PARTICIPANT_VERBS.has(token.folded)) return true;
    seen++;
  }
  return false;
}

