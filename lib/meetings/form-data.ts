import type { ActionState } from "@/lib/forms/action-state";

// The meeting form's values as typed (strings, so a failed save can show them again unchanged)
// and their conversion to the meeting record the write path validates. Used by the server action.

export interface CountryRowValues {
  countryCode: string;
  side: string;
}

export interface ParticipantRowValues {
  name: string;
  title: string;
  organization: string;
  countryCode: string;
  side: string;
  isDelegationLead: boolean;
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
  tags: string;
  source: { outlet: string; url: string; publishedOn: string; text: string };
}

export const EMPTY_COUNTRY_ROW: CountryRowValues = { countryCode: "", side: "" };
export const EMPTY_PARTICIPANT_ROW: ParticipantRowValues = {
  name: "",
  title: "",
  organization: "",
  countryCode: "",
  side: "",
  isDelegationLead: false,
};

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
  tags: "",
  source: { outlet: "", url: "", publishedOn: "", text: "" },
};

/** More rows than any form sends; bounds what a crafted request can make the server allocate. */
const MAX_ROWS = 250;

function str(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** Rows named `prefix.<index>.<field>`, in index order, gaps closed. */
function rows<T extends object>(formData: FormData, prefix: string, empty: T): T[] {
  const byIndex = new Map<number, Record<string, string | boolean>>();
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,3})\\.(\\w+)$`);
  for (const [key, value] of formData.entries()) {
    const match = pattern.exec(key);
    if (!match || typeof value !== "string") continue;
    const index = Number(match[1]);
    const field = match[2]!;
    if (index >= MAX_ROWS || !(field in empty)) continue;
    const row = byIndex.get(index) ?? {};
    row[field] = typeof (empty as Record<string, unknown>)[field] === "boolean" ? value === "on" || value === "true" : value;
    byIndex.set(index, row);
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, row]) => ({ ...empty, ...row }) as T);
}

export function readMeetingForm(formData: FormData): MeetingFormValues {
  return {
    title: str(formData, "title"),
    kind: str(formData, "kind"),
    status: str(formData, "status") || "DRAFT",
    date: str(formData, "date"),
    datePrecision: str(formData, "datePrecision") || "DAY",
    place: str(formData, "place"),
    locationCountryCode: str(formData, "locationCountryCode"),
    summary: str(formData, "summary"),
    outcome: str(formData, "outcome"),
    countries: rows(formData, "countries", EMPTY_COUNTRY_ROW),
    participants: rows(formData, "participants", EMPTY_PARTICIPANT_ROW),
    topicIds: formData.getAll("topicIds").filter((v): v is string => typeof v === "string").slice(0, MAX_ROWS),
    tags: str(formData, "tags"),
    source: {
      outlet: str(formData, "source.outlet"),
      url: str(formData, "source.url"),
      publishedOn: str(formData, "source.publishedOn"),
      text: str(formData, "source.text"),
    },
  };
}

const isBlank = (values: object) =>
  Object.values(values).every((value) => value === "" || value === false || (typeof value === "string" && !value.trim()));

/**
 * What createMeeting validates. Rows the analyst left entirely blank are dropped, and so is the
 * source when none of its fields is filled; error paths then index the rows of
 * compactMeetingForm(values), which is what the form shows again.
 */
export function toCreateMeetingInput(values: MeetingFormValues): Record<string, unknown> {
  const source = isBlank(values.source) ? undefined : values.source;
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
    participants: values.participants.filter((row) => !isBlank(row)),
    topicIds: values.topicIds,
    tags: values.tags
      .split(/[,;\n]/)
      .map((tag) => tag.trim())
      .filter(Boolean),
    sources: source ? [source] : [],
  };
}

/** The values to show again after a failed save: blank rows dropped, so error indexes line up. */
export function compactMeetingForm(values: MeetingFormValues): MeetingFormValues {
  const countries = values.countries.filter((row) => !isBlank(row));
  const participants = values.participants.filter((row) => !isBlank(row));
  return {
    ...values,
    countries: countries.length > 0 ? countries : [{ ...EMPTY_COUNTRY_ROW }],
    participants,
  };
}

export type MeetingFormState = ActionState<MeetingFormValues>;
