import type { EvidenceTargetValues, MeetingFormValues } from "@/lib/meetings/form-data";
import { EMPTY_PARTICIPANT_ROW } from "@/lib/meetings/form-data";

/** A passage of one of the form's sources that supports a suggestion. */
export interface SuggestionEvidence {
  sourceIndex: number;
  start: number;
  end: number;
  quote: string;
}

/**
 * What text extraction (or any other helper) proposes for the form. Accepting one fills the
 * field, row or choice and links its evidence span to it, exactly as if the analyst had typed it
 * and selected the passage.
 */
export type Suggestion =
  | { type: "field"; field: "title" | "date" | "place" | "kind" | "summary" | "outcome"; value: string; evidence?: SuggestionEvidence }
  | {
      type: "participant";
      name: string;
      personId?: string;
      personLabel?: string;
      title?: string;
      organization?: string;
      organizationId?: string;
      countryCode?: string;
      side?: string;
      isDelegationLead?: boolean;
      evidence?: SuggestionEvidence;
    }
  | { type: "country"; countryCode: string; side?: string; evidence?: SuggestionEvidence }
  | { type: "topic"; topicId: string; evidence?: SuggestionEvidence }
  | { type: "tag"; name: string }
  | { type: "organization"; organizationId: string; evidence?: SuggestionEvidence };

function withEvidence(values: MeetingFormValues, evidence: SuggestionEvidence | undefined, target: EvidenceTargetValues): MeetingFormValues {
  if (!evidence) return values;
  const source = values.sources[evidence.sourceIndex];
  // A span that does not match its source is not linked: evidence is never guessed into place.
  if (!source || source.text.slice(evidence.start, evidence.end) !== evidence.quote) return values;
  return { ...values, evidence: [...values.evidence, { ...evidence, target }] };
}

/** Returns the form values with `suggestion` accepted. Pure: the caller sets the state. */
export function applySuggestion(values: MeetingFormValues, suggestion: Suggestion): MeetingFormValues {
  switch (suggestion.type) {
    case "field":
      return withEvidence({ ...values, [suggestion.field]: suggestion.value }, suggestion.evidence, { type: "field", field: suggestion.field });
    case "participant": {
      const row = {
        ...EMPTY_PARTICIPANT_ROW,
        name: suggestion.name,
        personId: suggestion.personId ?? "",
        personLabel: suggestion.personLabel ?? "",
        title: suggestion.title ?? "",
        organization: suggestion.organization ?? "",
        organizationId: suggestion.organizationId ?? "",
        countryCode: suggestion.countryCode ?? "",
        side: suggestion.side ?? "",
        isDelegationLead: suggestion.isDelegationLead ?? false,
      };
      // An empty first row (the new form's) is filled rather than left blank above the suggestion.
      const blank = values.participants.findIndex((p) => !p.name && !p.personId && !p.title && !p.organization);
      const participants = blank >= 0 ? values.participants.map((p, i) => (i === blank ? row : p)) : [...values.participants, row];
      const index = blank >= 0 ? blank : participants.length - 1;
      return withEvidence({ ...values, participants }, suggestion.evidence, { type: "participant", index, aspect: "person" });
    }
    case "country": {
      if (values.countries.some((c) => c.countryCode === suggestion.countryCode)) {
        return withEvidence(values, suggestion.evidence, { type: "country", countryCode: suggestion.countryCode });
      }
      const blank = values.countries.findIndex((c) => !c.countryCode);
      const row = { countryCode: suggestion.countryCode, side: suggestion.side ?? "" };
      const countries = blank >= 0 ? values.countries.map((c, i) => (i === blank ? row : c)) : [...values.countries, row];
      return withEvidence({ ...values, countries }, suggestion.evidence, { type: "country", countryCode: suggestion.countryCode });
    }
    case "topic": {
      const topicIds = values.topicIds.includes(suggestion.topicId) ? values.topicIds : [...values.topicIds, suggestion.topicId];
      return withEvidence({ ...values, topicIds }, suggestion.evidence, { type: "topic", topicId: suggestion.topicId });
    }
    case "tag":
      return values.tags.some((t) => t.toLowerCase() === suggestion.name.toLowerCase()) ? values : { ...values, tags: [...values.tags, suggestion.name] };
    case "organization":
      return withEvidence(values, suggestion.evidence, { type: "organization", organizationId: suggestion.organizationId, aspect: "name" });
  }
}
