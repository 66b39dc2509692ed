import type { MeetingSuggestions } from "@/lib/extraction/meeting-suggestions";
import type { Evidence } from "@/lib/extraction/types";
import { MAX_EVIDENCE, type MeetingRecordInput } from "@/lib/meetings/write/record-schema";
import type { IngestItemInput } from "@/lib/ingest/schemas";

/** Below this the review queue flags a machine draft for a closer look. */
export const LOW_CONFIDENCE = 0.6;

export type DraftPlan =
  | {
      kind: "draft";
      record: MeetingRecordInput;
      /** 0..1: how much of a meeting the text gave (see draftConfidence). */
      confidence: number;
      /** Named participants the draft leaves out: no one Parley knows by that name, or several. */
      unlinked: string[];
      /** False when neither the text nor the item gave a date: the draft is saved without one. */
      dated: boolean;
      /** Folded names of everyone the text names as taking part: what a second account is matched by. */
      names: string[];
    }
  | { kind: "skip"; reason: string };

/** A name compared across agencies' spellings: accents, case and punctuation aside. */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLocaleLowerCase("en")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * How much of a meeting the text gave, 0..1: a date in the text (the published date alone counts
 * half), two countries, named participants and how many of them Parley knows, a kind said in
 * words; cut when extraction stopped early or the text held several items. A rough guide for the
 * queue's order and flag, not a probability.
 */
export function draftConfidence(suggestions: MeetingSuggestions, linked: number, countries: number): number {
  const named = suggestions.participants.filter((p) => !p.titleOnly).length;
  const date = suggestions.date ? (suggestions.date.evidence ? 1 : 0.5) : 0;
  const sides = countries >= 2 ? 1 : countries === 1 ? 0.5 : 0;
  const people = named === 0 ? 0.2 : 0.4 + 0.6 * (linked / named);
  const kind = suggestions.kind.evidence ? 1 : 0.6;
  let score = 0.3 * date + 0.25 * sides + 0.35 * people + 0.1 * kind;
  if (suggestions.notes.length > 0) score *= 0.8;
  if ((suggestions.itemsInText ?? 1) > 1) score *= 0.8;
  return Math.round(score * 100) / 100;
}

const fits = (evidence: Evidence | null | undefined): evidence is Evidence => !!evidence && evidence.quote.length <= 2_000 && evidence.end > evidence.start;

/** The first line with words: a title when extraction names no two leads. */
function headline(text: string): string {
  const line = text.split("\n").find((l) => l.trim().length > 0)?.trim() ?? "";
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/**
 * A machine draft's record from extraction's suggestions for one item, the item's text as its
 * only source and every suggestion's passage as evidence. Only people and organisations Parley
 * knows unambiguously are linked; others are left to the reviewer (`unlinked`), so a discarded
 * draft leaves no person or organisation behind. Topics come by name from `topicIds`.
 */
export function planDraft(item: IngestItemInput, suggestions: MeetingSuggestions, topicIds: Map<string, string>, fallbackDay: string): DraftPlan {
  const evidence: NonNullable<MeetingRecordInput["evidence"]> = [];
  const add = (span: Evidence | null | undefined, target: NonNullable<MeetingRecordInput["evidence"]>[number]["target"]) => {
    if (fits(span) && evidence.length < MAX_EVIDENCE) evidence.push({ sourceIndex: 0, start: span.start, end: span.end, quote: span.quote, target });
  };

  const participants: NonNullable<MeetingRecordInput["participants"]> = [];
  const unlinked: string[] = [];
  const seen = new Set<string>();
  suggestions.participants.forEach((p, i) => {
    if (p.titleOnly) return;
    const person = suggestions.people[i];
    if (!person) {
      unlinked.push(p.name);
      return;
    }
    if (seen.has(person.id)) return;
    seen.add(person.id);
    const organization = suggestions.participantOrganizations[i];
    participants.push({
      personId: person.id,
      // The person's own name: a machine never records a spelling as an alias.
      name: person.label,
      title: p.title ?? "",
      organizationId: organization?.id,
      organization: organization?.label ?? "",
      countryCode: p.country ?? undefined,
      side: p.side ?? undefined,
      isDelegationLead: p.isDelegationLead,
    });
    add(p.evidence, { type: "participant", index: participants.length - 1, aspect: "person" });
  });

  const countries = suggestions.countries.map((c) => ({ countryCode: c.code, side: c.side ?? undefined }));
  for (const c of suggestions.countries) add(c.evidence, { type: "country", countryCode: c.code });
  const fallbackCountries = [suggestions.location?.country, ...participants.map((p) => p.countryCode)].filter((c): c is string => !!c);
  for (const code of fallbackCountries) if (!countries.some((c) => c.countryCode === code)) countries.push({ countryCode: code, side: undefined });
  if (countries.length === 0) return { kind: "skip", reason: "No country is named: record it by hand if it is a meeting." };

  const date = suggestions.date;
  if (date?.evidence) add(date.evidence, { type: "field", field: "date" });
  if (suggestions.location?.city) add(suggestions.location.evidence, { type: "field", field: "place" });
  if (suggestions.kind.evidence) add(suggestions.kind.evidence, { type: "field", field: "kind" });
  const topics: string[] = [];
  for (const topic of suggestions.topics) {
    const id = topicIds.get(topic.name.toLowerCase());
    if (!id || topics.includes(id)) continue;
    topics.push(id);
    add(topic.evidence, { type: "topic", topicId: id });
  }
  for (const outcome of suggestions.outcomes) add(outcome.evidence, { type: "field", field: "outcome" });

  const record: MeetingRecordInput = {
    title: suggestions.title ?? (headline(item.text) || `Wire item: ${item.label}`),
    kind: suggestions.kind.value,
    status: "DRAFT",
    date: date?.value ?? fallbackDay,
    datePrecision: date?.precision ?? "DAY",
    place: suggestions.location?.city ?? "",
    locationCountryCode: suggestions.location?.country ?? undefined,
    outcome: suggestions.outcomes.map((o) => o.value).join("\n"),
    countries,
    participants,
    topicIds: topics,
    sources: [{ outlet: item.outlet, url: item.url, publishedOn: item.published, text: item.text }],
    evidence,
  };
  const names = suggestions.participants.filter((p) => !p.titleOnly).flatMap((p) => [p.name, ...p.aliases.map((a) => a.name)]);
  return {
    kind: "draft",
    record,
    confidence: draftConfidence(suggestions, participants.length, new Set(countries.map((c) => c.countryCode)).size),
    unlinked,
    dated: date !== null,
    names: [...new Set([...names, ...participants.map((p) => p.name)].map(foldName))],
  };
}
