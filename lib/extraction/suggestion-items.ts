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
import type { EntityLink, MeetingSuggestions } from "@/lib/extraction/meeting-suggestions";

/**
 * One suggestion the analyst accepts or rejects, with a stable id, the field it fills and the
 * words to show for it. The suggestions panel lists these; the form applies the accepted ones.
 */
export type SuggestionItem = { id: string; label: string; detail: string | null; evidence: Evidence | null } & (
  | { field: "title"; suggestion: { value: string } }
  | { field: "date"; suggestion: DateSuggestion }
  | { field: "location"; suggestion: LocationSuggestion }
  | { field: "kind"; suggestion: KindSuggestion }
  | { field: "countries"; suggestion: CountrySuggestion }
  /** `person`, `organization`: the existing ones the suggestion names unambiguously, linked on accept. */
  | { field: "participants"; suggestion: ParticipantSuggestion; person: EntityLink | null; organization: EntityLink | null }
  | { field: "organizations"; suggestion: OrganizationSuggestion; organization: EntityLink | null }
  | { field: "topics"; suggestion: TopicSuggestion }
  | { field: "tags"; suggestion: TextSuggestion }
  | { field: "outcomes"; suggestion: TextSuggestion }
);

export type SuggestionField = SuggestionItem["field"];

/** Field headings in the analyst's words, in the form's order. */
export const SUGGESTION_FIELD_LABELS: Record<SuggestionField, string> = {
  title: "Title",
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

/** Extraction's result, with or without the links and title the server adds (MeetingSuggestions). */
export type SuggestionsInput = ExtractionResult & Partial<Pick<MeetingSuggestions, "people" | "participantOrganizations" | "organizationLinks" | "title">>;

const linked = (link: EntityLink | null | undefined, what: string) => (link ? `links to the existing ${what} ${link.label}` : null);

export function listSuggestionItems(result: SuggestionsInput): SuggestionItem[] {
  const items: SuggestionItem[] = [];
  if (result.title) items.push({ id: "title", field: "title", suggestion: { value: result.title }, label: result.title, detail: "As analysts write titles: check it", evidence: null });
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
  result.participants.forEach((person, i) => {
    const link = result.people?.[i] ?? null;
    const organization = result.participantOrganizations?.[i] ?? null;
    items.push({
      id: `participants-${i}`,
      field: "participants",
      suggestion: person,
      person: link,
      organization,
      label: person.titleOnly ? `${person.title ?? "Someone"} (name not given)` : person.name,
      detail: join(
        person.titleOnly ? null : person.title,
        person.organization,
        person.country,
        person.side && SIDE_LABELS[person.side],
        person.isDelegationLead && "leads the delegation",
        linked(link, "person"),
        linked(organization, "organisation"),
      ),
      evidence: person.evidence,
    });
  });
  result.organizations.forEach((organization, i) => {
    const link = result.organizationLinks?.[i] ?? null;
    items.push({
      id: `organizations-${i}`,
      field: "organizations",
      suggestion: organization,
      organization: link,
      label: organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name,
      detail: join(organization.inferred && "Inferred from a title", linked(link, "organisation")),
      evidence: organization.evidence,
    });
  });
  result.topics.forEach((topic, i) => items.push({ id: `topics-${i}`, field: "topics", suggestion: topic, label: topic.name, detail: null, evidence: topic.evidence }));
  result.tags.forEach((tag, i) => items.push({ id: `tags-${i}`, field: "tags", suggestion: tag, label: tag.value, detail: null, evidence: tag.evidence }));
  result.outcomes.forEach((outcome, i) => items.push({ id: `outcomes-${i}`, field: "outcomes", suggestion: outcome, label: outcome.value, detail: null, evidence: outcome.evidence }));
  return items;
}
