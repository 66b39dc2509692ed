import type { LexicalView } from "@/lib/extraction/internal/text/lexical";
import type { OrganizationSuggestion } from "@/lib/extraction/types";
import type { PersonDraft } from "@/lib/extraction/internal/people/extract-people";
import { evidenceOf } from "@/lib/extraction/internal/text/evidence";
import { findOrganizationPhrases } from "@/lib/extraction/internal/organizations/phrases";
import { organizationKey } from "@/lib/extraction/internal/organizations/organization-key";
import { KNOWN_ACRONYMS } from "@/lib/extraction/internal/vocabulary/acronyms";

/**
 * Organisations named in the text (with the acronym given beside them), international bodies
 * named by acronym alone ("NATO"), and — marked inferred — the institutions of participants'
 * offices ("Foreign Minister" of Japan → Ministry of Foreign Affairs of Japan).
 */
export function extractOrganizations(view: LexicalView, bodyStart: number, people: PersonDraft[]): OrganizationSuggestion[] {
  const { doc } = view;
  const { tokens } = doc;
  const personTokens = new Set<number>();
  for (const person of people) for (let i = person.run.first; i <= person.run.last; i++) personTokens.add(i);

  const found = new Map<string, OrganizationSuggestion>();
  const add = (suggestion: OrganizationSuggestion) => {
    const key = organizationKey(suggestion.name);
    if (!key) return;
    const existing = found.get(key);
    if (!existing) found.set(key, suggestion);
    else if (!existing.acronym && suggestion.acronym) existing.acronym = suggestion.acronym;
  };

  const acronyms = new Map<string, string>();
  for (const phrase of findOrganizationPhrases(view, bodyStart, tokens.length - 1, personTokens)) {
    const name = doc.text.slice(phrase.start, phrase.end);
    const end = phrase.acronymEnd !== undefined ? phrase.acronymEnd + 1 : phrase.end;
    add({ name, ...(phrase.acronym ? { acronym: phrase.acronym } : {}), evidence: evidenceOf(doc.text, phrase.start, end) });
    if (phrase.acronym) acronyms.set(phrase.acronym, name);
  }
  for (let i = bodyStart; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.allCaps || acronyms.has(token.text)) continue;
    const known = KNOWN_ACRONYMS[token.text];
    if (!known) continue;
    acronyms.set(token.text, known);
    add({ name: known, acronym: token.text, evidence: evidenceOf(doc.text, token.start, token.end) });
  }
  for (const person of people) {
    if (!person.participant || !person.organizationEvidence) continue;
    for (const name of person.inferredOrganizations) add({ name, inferred: true, evidence: person.organizationEvidence });
  }
  return [...found.values()];
}
