import type { TextDocument } from "@/lib/extraction/internal/text/document";
import type { TextSuggestion } from "@/lib/extraction/types";
import { evidenceOf } from "@/lib/extraction/internal/text/evidence";

/**
 * What came of the meeting: documents signed, agreements reached, invitations and follow-up
 * visits. Each outcome is the clause from its verb to the end of the sentence, as written.
 */
const OUTCOME =
  /\b(?:signed|initialled|concluded|adopted)\b(?! (?:into|off))|\bexchanged (?:the )?(?:documents|notes|instruments)\b|\bagreed (?:\w+day )?(?:to|on|that)\b|\breached (?:an )?agreements?\b|\binvited\b|\binvitation to visit\b|\baccepted (?:the|an) invitation\b|\bwill (?:pay a )?visit\b|\bnext (?:meeting|round|session|summit)\b/i;

const TAGS: { tag: string; pattern: RegExp }[] = [
  { tag: "official visit", pattern: /\bofficial visit\b/i },
  { tag: "state visit", pattern: /\bstate visit\b/i },
  { tag: "working visit", pattern: /\bworking visit\b/i },
  { tag: "first visit", pattern: /\bfirst (?:official )?visit\b/i },
  { tag: "courtesy call", pattern: /\bcourtesy call\b/i },
  { tag: "joint press conference", pattern: /\bjoint (?:press|news) conference\b/i },
  { tag: "working dinner", pattern: /\bworking (?:dinner|lunch|breakfast)\b/i },
  { tag: "trilateral", pattern: /\btrilateral\b/i },
  { tag: "delegation", pattern: /\bdelegations?\b/i },
  { tag: "documents signed", pattern: /\bsigned\b/i },
  { tag: "invitation", pattern: /\binvit(?:ed|ation)\b/i },
  { tag: "multilateral event", pattern: /\b(?:sidelines?|margins?) of\b/i },
];

export function extractOutcomes(doc: TextDocument, bodyStart: number): TextSuggestion[] {
  const outcomes: TextSuggestion[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.end <= bodyStart) continue;
    const match = OUTCOME.exec(sentence.text);
    if (!match) continue;
    const start = sentence.start + match.index;
    const evidence = evidenceOf(doc.text, start, sentence.end);
    const value = evidence.quote.replace(/[.\s]+$/, "");
    if (value.length < 8) continue;
    outcomes.push({ value: value.charAt(0).toUpperCase() + value.slice(1), evidence: evidenceOf(doc.text, start, start + value.length) });
  }
  return outcomes;
}

export function extractTags(text: string): TextSuggestion[] {
  const tags: TextSuggestion[] = [];
  for (const { tag, pattern } of TAGS) {
    const match = pattern.exec(text);
    if (match) tags.push({ value: tag, evidence: evidenceOf(text, match.index, match.index + match[0].length) });
  }
  return tags;
}
