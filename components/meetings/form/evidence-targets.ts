import type { EvidenceTargetValues, MeetingFormValues } from "@/lib/meetings/form-data";
import { EVIDENCE_FIELDS } from "@/lib/meetings/write/record-schema";
import type { CountryOption, TopicOption } from "@/lib/meetings/options";

const FIELD_NAMES: Record<(typeof EVIDENCE_FIELDS)[number], string> = {
  title: "Title",
  date: "Date",
  place: "Place",
  kind: "Kind",
  summary: "Summary",
  outcome: "Outcome",
};

const ASPECTS = { person: "who", title: "title", organization: "organisation" } as const;

export interface TargetChoice {
  key: string;
  label: string;
  target: EvidenceTargetValues;
}

function participantName(values: MeetingFormValues, index: number): string {
  const row = values.participants[index];
  return row?.name || row?.personLabel || `Participant ${index + 1}`;
}

/** Everything in the form a passage can support, in the form's order. */
export function evidenceTargetChoices(values: MeetingFormValues, countries: CountryOption[], topics: TopicOption[]): TargetChoice[] {
  const choices: TargetChoice[] = EVIDENCE_FIELDS.map((field) => ({ key: `field:${field}`, label: FIELD_NAMES[field], target: { type: "field", field } }));
  values.participants.forEach((row, index) => {
    if (!row.name && !row.personId) return;
    for (const aspect of ["person", "title", "organization"] as const) {
      if (aspect === "organization" && !row.organization) continue;
      choices.push({ key: `participant:${index}:${aspect}`, label: `${participantName(values, index)}: ${ASPECTS[aspect]}`, target: { type: "participant", index, aspect } });
    }
  });
  for (const row of values.countries) {
    if (!row.countryCode) continue;
    const name = countries.find((c) => c.code === row.countryCode)?.name ?? row.countryCode;
    choices.push({ key: `country:${row.countryCode}`, label: `Country: ${name}`, target: { type: "country", countryCode: row.countryCode } });
  }
  for (const topicId of values.topicIds) {
    const name = topics.find((t) => t.id === topicId)?.name ?? "topic";
    choices.push({ key: `topic:${topicId}`, label: `Topic: ${name}`, target: { type: "topic", topicId } });
  }
  return choices;
}

/** How an evidence link names what it supports. */
export function describeTarget(target: EvidenceTargetValues, values: MeetingFormValues, countries: CountryOption[], topics: TopicOption[]): string {
  switch (target.type) {
    case "field":
      return FIELD_NAMES[target.field];
    case "participant":
      return `${participantName(values, target.index)}: ${target.aspect === "alias" ? "spelling" : ASPECTS[target.aspect]}`;
    case "country":
      return `Country: ${countries.find((c) => c.code === target.countryCode)?.name ?? target.countryCode}`;
    case "topic":
      return `Topic: ${topics.find((t) => t.id === target.topicId)?.name ?? "topic"}`;
    case "organization":
      return "Organisation";
  }
}
