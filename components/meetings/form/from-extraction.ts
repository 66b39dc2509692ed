import type { SuggestionItem } from "@/lib/extraction/suggestion-items";
import type { Evidence } from "@/lib/extraction/types";
import type { MeetingFormValues } from "@/lib/meetings/form-data";
import type { TopicOption } from "@/lib/meetings/options";
import { applySuggestion, type SuggestionEvidence } from "@/components/meetings/form/apply-suggestion";

const span = (sourceIndex: number, evidence: Evidence | null): SuggestionEvidence | undefined => (evidence ? { sourceIndex, ...evidence } : undefined);

/**
 * Accepts one extraction suggestion into the form, its evidence pointing into source
 * `sourceIndex` (the text it was extracted from). A participant is linked to the existing person
 * and organisation the server found unambiguously (shown in their pickers, where the analyst can
 * change them); otherwise choosing stays the analyst's, in the picker. Returns the values
 * unchanged (and a note) when a suggestion has nothing in the form to fill.
 */
export function acceptExtractionItem(
  values: MeetingFormValues,
  item: SuggestionItem,
  sourceIndex: number,
  topics: TopicOption[],
): { values: MeetingFormValues; note?: string } {
  switch (item.field) {
    case "title":
      return { values: applySuggestion(values, { type: "field", field: "title", value: item.suggestion.value }) };
    case "date": {
      const next = applySuggestion(values, { type: "field", field: "date", value: item.suggestion.value, evidence: span(sourceIndex, item.suggestion.evidence) });
      return { values: { ...next, datePrecision: item.suggestion.precision } };
    }
    case "location": {
      const { city, country } = item.suggestion;
      const next = city ? applySuggestion(values, { type: "field", field: "place", value: city, evidence: span(sourceIndex, item.suggestion.evidence) }) : values;
      return { values: country ? { ...next, locationCountryCode: country } : next };
    }
    case "kind":
      return { values: applySuggestion(values, { type: "field", field: "kind", value: item.suggestion.value, evidence: span(sourceIndex, item.suggestion.evidence) }) };
    case "countries":
      return { values: applySuggestion(values, { type: "country", countryCode: item.suggestion.code, side: item.suggestion.side ?? undefined, evidence: span(sourceIndex, item.suggestion.evidence) }) };
    case "participants": {
      const p = item.suggestion;
      return {
        values: applySuggestion(values, {
          type: "participant",
          name: p.titleOnly ? "" : p.name,
          personId: item.person?.id,
          personLabel: item.person?.label,
          title: p.title ?? undefined,
          organization: item.organization?.label ?? p.organization ?? undefined,
          organizationId: item.organization?.id,
          countryCode: p.country ?? undefined,
          side: p.side ?? undefined,
          isDelegationLead: p.isDelegationLead,
          evidence: span(sourceIndex, p.evidence),
        }),
        note: p.titleOnly ? "Named only by office: find out who it was and choose the person." : item.person ? undefined : "Choose the person in the picker: an existing one or a new one.",
      };
    }
    case "organizations": {
      // Its passage becomes evidence for a participant's organisation once one is linked to it.
      const id = item.organization?.id;
      if (id && values.participants.some((p) => p.organizationId === id)) {
        return { values: applySuggestion(values, { type: "organization", organizationId: id, evidence: span(sourceIndex, item.suggestion.evidence) }) };
      }
      return { values, note: "Organisations are set on a participant: choose it in their Organisation picker." };
    }
    case "topics": {
      const topic = topics.find((t) => t.name.toLowerCase() === item.suggestion.name.toLowerCase());
      if (!topic) return { values, note: `“${item.suggestion.name}” is not in the topic vocabulary.` };
      return { values: applySuggestion(values, { type: "topic", topicId: topic.id, evidence: span(sourceIndex, item.suggestion.evidence) }) };
    }
    case "tags":
      return { values: applySuggestion(values, { type: "tag", name: item.suggestion.value }) };
    case "outcomes": {
      const outcome = values.outcome.trim() ? `${values.outcome.trim()}\n${item.suggestion.value}` : item.suggestion.value;
      return { values: applySuggestion(values, { type: "field", field: "outcome", value: outcome, evidence: span(sourceIndex, item.suggestion.evidence) }) };
    }
  }
}
