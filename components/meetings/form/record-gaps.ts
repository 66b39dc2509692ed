import type { SuggestionItem } from "@/lib/extraction/suggestion-items";
import type { MeetingFormValues } from "@/lib/meetings/form-data";
import type { TopicOption } from "@/lib/meetings/options";

/** Compared the way analysts read names: accents, case and spacing aside. */
const fold = (value: string) => value.normalize("NFKD").replace(/\p{M}+/gu, "").toLocaleLowerCase("en").replace(/\s+/gu, " ").trim();

function hasParticipant(values: MeetingFormValues, item: Extract<SuggestionItem, { field: "participants" }>): boolean {
  const p = item.suggestion;
  if (p.titleOnly) return values.participants.some((row) => p.title !== null && fold(row.title) === fold(p.title) && (!p.country || row.countryCode === p.country));
  const names = new Set([p.name, ...p.aliases.map((alias) => alias.name)].map(fold));
  return values.participants.some((row) => (item.person && row.personId === item.person.id) || names.has(fold(row.name)) || (row.personLabel !== "" && names.has(fold(row.personLabel))));
}

/** Whether the record already holds what `item` suggests (the passage may differ). */
function alreadyHas(values: MeetingFormValues, item: SuggestionItem, topics: TopicOption[]): boolean {
  switch (item.field) {
    case "title":
      return values.title.trim() !== "";
    case "date":
      return values.date !== "";
    case "location":
      return values.place.trim() !== "" || values.locationCountryCode !== "";
    case "kind":
      return values.kind !== "";
    case "countries":
      return values.countries.some((row) => row.countryCode === item.suggestion.code);
    case "participants":
      return hasParticipant(values, item);
    case "organizations": {
      const name = fold(item.suggestion.name);
      return values.participants.some((row) => (item.organization && row.organizationId === item.organization.id) || fold(row.organization) === name);
    }
    case "topics": {
      const topic = topics.find((t) => fold(t.name) === fold(item.suggestion.name));
      return topic !== undefined && values.topicIds.includes(topic.id);
    }
    case "tags":
      return values.tags.some((tag) => fold(tag) === fold(item.suggestion.value));
    case "outcomes":
      return fold(values.outcome).includes(fold(item.suggestion.value));
  }
}

/**
 * The suggestions that add something the record lacks: for a second source, another participant
 * or an outcome, not the date and people the first one gave already.
 */
export function whatTheRecordLacks(items: SuggestionItem[], values: MeetingFormValues, topics: TopicOption[]): SuggestionItem[] {
  return items.filter((item) => !alreadyHas(values, item, topics));
}
