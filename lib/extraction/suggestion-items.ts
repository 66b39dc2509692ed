import { MEETING_KIND_LABELS, SIDE_LABELS, DATE_PRECISION_LABELS } from "@/lib/meetings/kinds";
import type {
  CountrySuggestion,
  DateSuggestion,
  Evidence,
  ExtractionResult,
  KindSuggestion,
  LocationSuggestion,
  OrganizationSuggestion,
  ParticipantSuggestion,
  TextSuggestion,
  TopicSuggestion,
} from "@/lib/extraction/types";

/**
 * One suggestion the analyst accepts or rejects, with a stable id, the field it fills and the
 * words to show for it. The suggestions panel lists these; the form applies the accepted ones.
 */
export type SuggestionItem = { id: string; label: string; detail: string | null; evidence: Evidence | null } & (
  | { field: "date"; suggestion: DateSuggestion }
  | { field: "location"; suggestion: LocationSuggestion }
  | { field: "kind"; suggestion: KindSuggestion }
  | { field: "countries"; suggestion: CountrySuggestion }
  | { field: "participants"; suggestion: ParticipantSuggestion }
  | { field: "organizations"; suggestion: OrganizationSuggestion }
  | { field: "topics"; suggestion: TopicSuggestion }
  | { field: "tags"; suggestion: TextSuggestion }
  | { field: "outcomes"; suggestion: TextSuggestion }
);

export type SuggestionField = SuggestionItem["field"];

/** Field headings in the analyst's words, in the form's order. */
export const SUGGESTION_FIELD_LABELS: Record<SuggestionField, string> = {
  date: "Date",
  location: "Place",
  kind: "Kind",
  countries: "Countries",
  participants: "Participants",
  organizations: "Organisations",
  topics: "Topics",
  tags: "Tags",
  outcomes: "Outcomes",
};

const join = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(" · ") || null;

export function listSuggestionItems(result: ExtractionResult): SuggestionItem[] {
  const items: SuggestionItem[] = [];
  if (result.date) {
    items.push({ id: "date", field: "date", suggestion: result.date, label: result.date.value, detail: result.date.evidence ? DATE_PRECISION_LABELS[result.date.precision] : "The published date: the text gives none", evidence: result.date.evidence });
  }
  if (result.location) {
    const { city, country } = result.location;
    items.push({ id: "location", field: "location", suggestion: result.location, label: [city, country].filter(Boolean).join(", "), detail: null, evidence: result.location.evidence });
  }
  items.push({ id: "kind", field: "kind", suggestion: result.kind, label: MEETING_KIND_LABELS[result.kind.value], detail: null, evidence: result.kind.evidence });
  result.countries.forEach((country, i) =>
    items.push({ id: `countries-${i}`, field: "countries", suggestion: country, label: country.code, detail: country.side ? SIDE_LABELS[country.side] : null, evidence: country.evidence }),
  );
  result.participants.forEach((person, i) =>
    items.push({
      id: `participants-${i}`,
      field: "participants",
      suggestion: person,
      label: person.titleOnly ? `${person.title ?? "Someone"} (name not given)` : person.name,
      detail: join(person.titleOnly ? null : person.title, person.organization, person.country, person.side && SIDE_LABELS[person.side], person.isDelegationLead && "leads the delegation"),
      evidence: person.evidence,
    }),
  );
  result.organizations.forEach((organization, i) =>
    items.push({
      id: `organizations-${i}`,
      field: "organizations",
      suggestion: organization,
      label: organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name,
      detail: organization.inferred ? "Inferred from a title" : null,
      evidence: organization.evidence,
    }),
  );
  result.topics.forEach((topic, i) => items.push({ id: `topics-${i}`, field: "topics", suggestion: topic, label: topic.name, detail: null, evidence: topic.evidence }));
  result.tags.forEach((tag, i) => items.push({ id: `tags-${i}`, field: "tags", suggestion: tag, label: tag.value, detail: null, evidence: tag.evidence }));
  result.outcomes.forEach((outcome, i) => items.push({ id: `outcomes-${i}`, field: "outcomes", suggestion: outcome, label: outcome.value, detail: null, evidence: outcome.evidence }));
  return items;
}
