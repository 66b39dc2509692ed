import { z } from "zod";
import type { ActionState } from "@/lib/forms/action-state";
import type { SnapshotRecord } from "@/lib/meetings/write/snapshot";

// The meeting form's values as the analyst has them (strings, ids and display labels, so a failed
// save or a draft shows them again unchanged), how they travel (one JSON field: the record is
// nested) and their conversion to the record the write path validates.

export interface CountryRowValues {
  countryCode: string;
  side: string;
}

export interface ParticipantRowValues {
  /** Empty: a new person named `name` (the analyst chose "Create new person"). */
  personId: string;
  /** How the picker shows the linked person (name — title · country · last meeting). */
  personLabel: string;
  /** As written in the source; differs from the person's name → an alias on save. */
  name: string;
  allowNamesake: boolean;
  title: string;
  organizationId: string;
  organization: string;
  countryCode: string;
  side: string;
  isDelegationLead: boolean;
}

export interface SourceValues {
  id: string;
  outlet: string;
  url: string;
  title: string;
  publishedOn: string;
  language: string;
  text: string;
}

export type EvidenceTargetValues =
  | { type: "field"; field: "title" | "date" | "place" | "kind" | "summary" | "outcome" }
  | { type: "participant"; index: number; aspect: "person" | "title" | "organization" | "alias" }
  | { type: "country"; countryCode: string }
  | { type: "organization"; organizationId: string; aspect: "name" | "alias" }
  | { type: "topic"; topicId: string };

export interface EvidenceValues {
  sourceIndex: number;
  start: number;
  end: number;
  quote: string;
  target: EvidenceTargetValues;
}

export interface MeetingFormValues {
  title: string;
  kind: string;
  status: string;
  date: string;
  datePrecision: string;
  place: string;
  locationCountryCode: string;
  summary: string;
  outcome: string;
  countries: CountryRowValues[];
  participants: ParticipantRowValues[];
  topicIds: string[];
  tags: string[];
  sources: SourceValues[];
  evidence: EvidenceValues[];
}

export const EMPTY_COUNTRY_ROW: CountryRowValues = { countryCode: "", side: "" };
export const EMPTY_PARTICIPANT_ROW: ParticipantRowValues = {
  personId: "",
  personLabel: "",
  name: "",
  allowNamesake: false,
  title: "",
  organizationId: "",
  organization: "",
  countryCode: "",
  side: "",
  isDelegationLead: false,
};
export const EMPTY_SOURCE: SourceValues = { id: "", outlet: "", url: "", title: "", publishedOn: "", language: "en", text: "" };

export const EMPTY_MEETING_FORM: MeetingFormValues = {
  title: "",
  kind: "",
  status: "DRAFT",
  date: "",
  datePrecision: "DAY",
  place: "",
  locationCountryCode: "",
  summary: "",
  outcome: "",
  countries: [{ ...EMPTY_COUNTRY_ROW }, { ...EMPTY_COUNTRY_ROW }],
  participants: [{ ...EMPTY_PARTICIPANT_ROW }],
  topicIds: [],
  tags: [],
  sources: [{ ...EMPTY_SOURCE }],
  evidence: [],
};

export { MAX_PARTICIPANTS as MAX_FORM_PARTICIPANTS, SOURCE_TEXT_MAX } from "@/lib/meetings/write/record-schema";

/** The hidden field that carries the whole form as JSON. */
export const FORM_PAYLOAD_FIELD = "record";
/** More rows than any form sends; bounds what a crafted request can make the server allocate. */
const MAX_ROWS = 250;

const text = z.string().catch("");
const flag = z.boolean().catch(false);
const rowsOf = <T extends z.ZodType>(row: T, max = MAX_ROWS) => z.array(row).max(max).catch([]);

/**
 * Reads what the browser sent leniently: anything malformed becomes blank, never an exception,
 * so the write path's schema is the one place that decides what is wrong, with field messages.
 */
const formValuesSchema = z.object({
  title: text,
  kind: text,
  status: z.string().min(1).catch("DRAFT"),
  date: text,
  datePrecision: z.string().min(1).catch("DAY"),
  place: text,
  locationCountryCode: text,
  summary: text,
  outcome: text,
  countries: rowsOf(z.object({ countryCode: text, side: text })),
  participants: rowsOf(
    z.object({
      personId: text,
      personLabel: text,
      name: text,
      allowNamesake: flag,
      title: text,
      organizationId: text,
      organization: text,
      countryCode: text,
      side: text,
      isDelegationLead: flag,
    }),
  ),
  topicIds: rowsOf(z.string()),
  tags: rowsOf(z.string()),
  sources: rowsOf(z.object({ id: text, outlet: text, url: text, title: text, publishedOn: text, language: z.string().catch("en"), text }), 25),
  // Evidence is checked in full by the record schema; here only its shape is kept.
  evidence: rowsOf(
    z.object({ sourceIndex: z.int().min(0), start: z.int().min(0), end: z.int().min(0), quote: z.string(), target: z.looseObject({ type: z.string() }) }),
    2_100,
  ),
});

/** Parses the form's JSON payload. Never throws: unreadable input gives the empty form. */
export function parseMeetingFormValues(json: unknown): MeetingFormValues {
  let raw: unknown = json;
  if (typeof json === "string") {
    try {
      raw = JSON.parse(json);
    } catch {
      raw = {};
    }
  }
  const parsed = formValuesSchema.safeParse(raw);
  return (parsed.success ? parsed.data : { ...EMPTY_MEETING_FORM, countries: [], participants: [], sources: [] }) as MeetingFormValues;
}

export function readMeetingForm(formData: FormData): MeetingFormValues {
  return parseMeetingFormValues(formData.get(FORM_PAYLOAD_FIELD) ?? "{}");
}

const isBlank = (values: object) =>
  Object.entries(values).every(
    ([key, value]) => value === "" || value === false || key === "language" || (typeof value === "string" && !value.trim()),
  );

/**
 * The values to save and to show again: rows left entirely blank are dropped and evidence that
 * pointed at later rows renumbered, so the write path's error paths (participants.2.name) index
 * exactly the rows the form shows.
 */
export function compactMeetingForm(values: MeetingFormValues): MeetingFormValues {
  const keep = <T extends object>(rows: T[]) => {
    const map = new Map<number, number>();
    const kept: T[] = [];
    rows.forEach((row, i) => {
      if (isBlank(row)) return;
      map.set(i, kept.length);
      kept.push(row);
    });
    return { kept, map };
  };
  const participants = keep(values.participants);
  const sources = keep(values.sources);
  const countries = values.countries.filter((row) => !isBlank(row));
  const evidence = values.evidence.flatMap((span) => {
    const sourceIndex = sources.map.get(span.sourceIndex);
    if (sourceIndex === undefined) return [];
    if (span.target.type === "participant") {
      const index = participants.map.get(span.target.index);
      if (index === undefined) return [];
      return [{ ...span, sourceIndex, target: { ...span.target, index } }];
    }
    return [{ ...span, sourceIndex }];
  });
  return {
    ...values,
    countries: countries.length > 0 ? countries : [{ ...EMPTY_COUNTRY_ROW }],
    participants: participants.kept,
    sources: sources.kept,
    evidence,
  };
}

/** What createMeeting/updateMeeting validate, from compacted values. */
export function toMeetingRecordInput(values: MeetingFormValues): Record<string, unknown> {
  return {
    title: values.title,
    kind: values.kind || undefined,
    status: values.status,
    date: values.date,
    datePrecision: values.datePrecision,
    place: values.place,
    locationCountryCode: values.locationCountryCode,
    summary: values.summary,
    outcome: values.outcome,
    countries: values.countries.filter((row) => !isBlank(row)),
    participants: values.participants.map(({ personLabel: _label, ...row }) => row),
    topicIds: values.topicIds,
    tags: values.tags.map((tag) => tag.trim()).filter(Boolean),
    sources: values.sources,
    evidence: values.evidence,
  };
}

/** A stored record as form values; `personLabels` gives the pickers their text for linked people. */
export function recordToFormValues(record: SnapshotRecord): MeetingFormValues {
  return {
    title: record.title,
    kind: record.kind,
    status: record.status,
    date: record.date,
    datePrecision: record.datePrecision,
    place: record.place,
    locationCountryCode: record.locationCountryCode ?? "",
    summary: record.summary,
    outcome: record.outcome,
    countries: record.countries.map((c) => ({ countryCode: c.countryCode, side: c.side ?? "" })),
    participants: record.participants.map((p) => ({
      personId: p.personId,
      personLabel: p.name,
      name: p.name,
      allowNamesake: false,
      title: p.title,
      organizationId: p.organizationId ?? "",
      organization: p.organization,
      countryCode: p.countryCode ?? "",
      side: p.side ?? "",
      isDelegationLead: p.isDelegationLead,
    })),
    topicIds: [...record.topicIds],
    tags: [...record.tags],
    sources: record.sources.map((s) => ({
      id: s.id,
      outlet: s.outlet,
      url: s.url ?? "",
      title: s.title,
      publishedOn: s.publishedOn ?? "",
      language: s.language,
      text: s.text,
    })),
    evidence: record.evidence.map((span) => ({ ...span, target: { ...span.target } }) as EvidenceValues),
  };
}

/** The record as someone else saved it, when a save is refused as a conflict. */
export interface CurrentMeeting {
  version: number;
  values: MeetingFormValues;
}

export type MeetingFormState = ActionState<MeetingFormValues, CurrentMeeting>;
