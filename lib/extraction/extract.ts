import type { Side } from "@/lib/generated/prisma/enums";
import type { CountrySuggestion, Evidence, ExtractionOptions, ExtractionResult, LocationSuggestion } from "@/lib/extraction/types";
import { blankOutside, prepareText, MAX_ANALYSED_CHARS } from "@/lib/extraction/internal/text/prepare";
import { readLayout } from "@/lib/extraction/internal/text/layout";
import { findAgency } from "@/lib/extraction/internal/vocabulary/agencies";
import { gazetteer } from "@/lib/extraction/internal/vocabulary/gazetteer";
import { readDocument, type TextDocument } from "@/lib/extraction/internal/text/document";
import { lexicalView, type LexicalView } from "@/lib/extraction/internal/text/lexical";
import { evidenceOf } from "@/lib/extraction/internal/text/evidence";
import { findDateline, type Dateline } from "@/lib/extraction/internal/extract-dateline";
import { extractDate } from "@/lib/extraction/internal/extract-date";
import { extractKind } from "@/lib/extraction/internal/extract-kind";
import { extractPeople, type PersonDraft } from "@/lib/extraction/internal/people/extract-people";
import { toParticipantSuggestions } from "@/lib/extraction/internal/people/to-suggestions";
import { findTitleOnlyParticipants } from "@/lib/extraction/internal/people/title-only";
import { ATTENDANCE_CUES } from "@/lib/extraction/internal/vocabulary/words";
import { extractOrganizations } from "@/lib/extraction/internal/organizations/extract-organizations";
import { extractTopics } from "@/lib/extraction/internal/extract-topics";
import { extractOutcomes, extractTags } from "@/lib/extraction/internal/extract-outcomes";
import { findCity } from "@/lib/extraction/internal/vocabulary/places";
import { fold } from "@/lib/extraction/internal/vocabulary/normalize";

export const DEFAULT_TIME_LIMIT_MS = 2_000;

function emptyResult(notes: string[]): ExtractionResult {
  return { date: null, location: null, kind: { value: "MEETING", evidence: null }, countries: [], participants: [], organizations: [], topics: [], tags: [], outcomes: [], notes };
}

/**
 * The lead: the first sentence after the dateline that has a verb (a dateline wink-nlp splits
 * off, "Baku, 8 October, AZERTAC.", has none).
 */
function findLead(doc: TextDocument, bodyStart: number): { leadSentence: number; leadEnd: number } {
  const first = doc.tokens[bodyStart]?.sentence ?? 0;
  let leadSentence = first;
  for (let index = first; index < Math.min(doc.sentences.length, first + 3); index++) {
    const sentence = doc.sentences[index]!;
    if (doc.tokens.slice(sentence.first, sentence.last + 1).some((t) => t.index >= bodyStart && (t.pos === "VERB" || t.pos === "AUX"))) {
      leadSentence = index;
      break;
    }
  }
  return { leadSentence, leadEnd: doc.sentences[leadSentence]?.end ?? doc.text.length };
}

/** Cities in running text must be this big: smaller towns share their names with words and people. */
const LEAD_CITY_POPULATION = 50_000;

/** "who is in Astana", "talks in Moscow", "in the Vatican": a known city in the lead, when there is no dateline. */
function cityInLead(view: LexicalView, bodyStart: number, leadSentence: number): LocationSuggestion | null {
  const { tokens } = view.doc;
  for (let i = bodyStart; i < tokens.length && tokens[i]!.sentence <= leadSentence + 1; i++) {
    if (tokens[i]!.folded !== "in") continue;
    const first = tokens[i + 1]?.folded === "the" ? i + 2 : i + 1;
    if (!tokens[first]?.cap) continue;
    for (let j = Math.min(first + 3, tokens.length - 1); j >= first; j--) {
      const city = findCity(fold(view.doc.text.slice(tokens[first]!.start, tokens[j]!.end)), LEAD_CITY_POPULATION);
      if (city) return { city: city.name, country: city.country, evidence: evidenceOf(view.doc.text, tokens[first]!.start, tokens[j]!.end) };
    }
  }
  return null;
}

/** "met … in New Delhi", "held talks … in Hanoi": the city the lead sentence says they met in. */
function meetingCityInLead(view: LexicalView, bodyStart: number, leadSentence: number): LocationSuggestion | null {
  const sentence = view.doc.sentences[leadSentence];
  if (!sentence || !/\b(?:met|meets|meeting|talks|received|receives|hosted|hosts)\b/i.test(sentence.text)) return null;
  const city = cityInLead(view, Math.max(bodyStart, sentence.first), leadSentence - 1);
  // "the Tashkent region", "New Delhi-based": a city's name used for something else.
  const next = view.doc.tokens.find((token) => city && token.start >= city.evidence.end);
  if (!city || (next && /^(?:region|province|oblast|state|district|-based|based)$/.test(next.folded))) return null;
  return city;
}

function countriesAndSides(view: LexicalView, people: PersonDraft[], location: LocationSuggestion | null, kind: string, dateline: Dateline | null, bodyStart: number, leadSentence: number): CountrySuggestion[] {
  const participants = people.filter((person) => person.participant);
  const codes: string[] = [];
  const add = (code: string | null) => {
    if (code && !codes.includes(code)) codes.push(code);
  };
  const hostPresent = location?.country && participants.some((person) => person.country === location.country);
  // The place's country is a party unless the meeting only happened there: a summit's sidelines,
  // or an international body's seat (an EU official in Brussels involves no Belgian).
  const stateless = participants.some((person) => !person.country);
  if (location?.country && (hostPresent || (kind !== "SIDELINES" && !stateless))) add(location.country);
  for (const person of participants) add(person.country);
  if (participants.length === 0) {
    for (const mention of view.mentions) {
      if (view.doc.tokens[mention.first]!.sentence <= leadSentence && mention.first >= bodyStart) add(mention.code);
    }
  }
  const host = location?.country && codes.includes(location.country) && kind !== "CALL" ? location.country : null;
  return codes.map((code) => {
    const side: Side | null = host ? (code === host ? "HOST" : "GUEST") : null;
    const mention = view.mentions.find((m) => m.code === code && m.first >= bodyStart);
    let evidence: Evidence;
    if (mention) evidence = evidenceOf(view.doc.text, mention.start, mention.end);
    else if (dateline && dateline.country === code) evidence = dateline.cityEvidence;
    else evidence = participants.find((person) => person.country === code)?.evidence ?? location!.evidence;
    return { code, side, evidence };
  });
}

/** Every evidence object in the result, quoted from the text as pasted. */
function requote(result: ExtractionResult, original: string): ExtractionResult {
  const fix = (evidence: Evidence | null | undefined) => {
    if (evidence) evidence.quote = original.slice(evidence.start, evidence.end);
  };
  fix(result.date?.evidence);
  fix(result.location?.evidence);
  fix(result.kind.evidence);
  for (const list of [result.countries, result.organizations, result.topics, result.tags, result.outcomes]) for (const item of list) fix(item.evidence);
  for (const participant of result.participants) {
    fix(participant.evidence);
    for (const alias of participant.aliases) fix(alias.evidence);
  }
  return result;
}

function run(text: string, options: ExtractionOptions): ExtractionResult {
  // The gazetteer is read once per process (70 ms idle, near a second on a loaded machine): that
  // is not this item's time, so it is read before the item's time limit starts.
  gazetteer();
  const deadline = Date.now() + (options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
  const notes: string[] = [];
  const prepared = prepareText(text);
  if (prepared.truncated) notes.push(`Only the first ${MAX_ANALYSED_CHARS.toLocaleString("en")} characters were read.`);
  if (!prepared.analysed.trim()) return emptyResult(notes);
  // Only the item is read: a web page's headline, byline and caption, and any item after it, are blanked.
  const layout = readLayout(prepared.analysed);
  if (layout.items > 1) notes.push(`The text holds ${layout.items} items; these suggestions are for the first.`);
  const analysed = blankOutside(prepared.analysed, layout.start, layout.end, layout.furniture);
  const doc = readDocument(analysed);
  const view = lexicalView(doc);
  const dateline = findDateline(doc);
  const bodyStart = Math.max(0, doc.tokens.findIndex((token) => token.start >= (dateline?.end ?? 0)));
  const { leadSentence, leadEnd } = findLead(doc, bodyStart);
  const result = emptyResult(notes);
  if (layout.items > 1) result.itemsInText = layout.items;
  result.kind = extractKind(analysed, leadEnd);
  result.date = extractDate(doc, dateline, leadEnd, options.publishedOn ?? null);
  // The dateline is where the item was filed; a lead that says where they met ("held a meeting
  // with … in New Delhi today", filed from Kathmandu) says where the meeting was.
  const metIn = meetingCityInLead(view, bodyStart, leadSentence);
  const location: LocationSuggestion | null = dateline
    ? metIn && fold(metIn.city ?? "") !== fold(dateline.city)
      ? metIn
      : { city: dateline.city, country: dateline.country, evidence: dateline.cityEvidence }
    : cityInLead(view, bodyStart, leadSentence);
  result.location = result.kind.value === "CALL" ? null : location;
  if (Date.now() > deadline) {
    notes.push("The time limit was reached: people, organisations and topics were not read.");
    return result;
  }
  // An official named by office alone is of the credited agency's country; never of the place's.
  const agency = findAgency(prepared.analysed, layout);
  const people = extractPeople(view, { bodyStart, leadSentence, fallbackCountry: agency?.code ?? null });
  result.countries = countriesAndSides(view, people, location, result.kind.value, dateline, bodyStart, leadSentence);
  const sides = new Map(result.countries.map((country) => [country.code, country.side]));
  result.participants = toParticipantSuggestions(people, sides);
  const meetingSentence = (index: number) => index <= leadSentence || ATTENDANCE_CUES.test(doc.sentences[index]?.text ?? "") || /\b(?:met|meets|received|hosted|talks)\b/i.test(doc.sentences[index]?.text ?? "");
  for (const counterpart of findTitleOnlyParticipants(view, bodyStart, meetingSentence)) {
    if (result.participants.some((p) => p.country === counterpart.country && p.title?.toLowerCase() === counterpart.title?.toLowerCase())) continue;
    const hosted = result.countries.some((c) => c.side === "HOST");
    counterpart.side = counterpart.country ? sides.get(counterpart.country) ?? (hosted ? "GUEST" : null) : null;
    result.participants.push(counterpart);
    if (counterpart.country && !result.countries.some((c) => c.code === counterpart.country)) {
      result.countries.push({ code: counterpart.country, side: counterpart.side, evidence: counterpart.evidence });
    }
  }
  if (Date.now() > deadline) {
    notes.push("The time limit was reached: organisations and topics were not read.");
    return result;
  }
  result.organizations = extractOrganizations(view, bodyStart, people);
  const titles = people.filter((p) => p.title).map((p) => ({ start: doc.tokens[p.title!.first]!.start, end: doc.tokens[p.title!.last]!.end }));
  result.topics = extractTopics(analysed, titles);
  result.outcomes = extractOutcomes(doc, dateline?.end ?? 0);
  result.tags = extractTags(analysed);
  return result;
}

/**
 * Suggestions for a meeting record from a wire item's text. Pure (no database, no network) and
 * total: odd input gives fewer suggestions, never an exception. Reads at most the first 30,000
 * characters and stops adding suggestions after `timeLimitMs`.
 */
export function extractSuggestions(text: string, options: ExtractionOptions = {}): ExtractionResult {
  const input = typeof text === "string" ? text : "";
  try {
    return requote(run(input, options), input);
  } catch (error) {
    // A rule tripping over some input must not cost the analyst the form: they still have the
    // text. It must not go unnoticed either (a bundling fault once emptied every result).
    options.onError?.(error);
    return emptyResult(["Suggestions could not be made for this text."]);
  }
}
