import { countryCodeFor, countryName } from "@/lib/import/country-names";
import { contentKey } from "@/lib/import/content-key";
import { parseImportDate } from "@/lib/import/dates";
import type { ImportField } from "@/lib/import/fields";
import type { ImportMapping } from "@/lib/import/mapping";
import { MEETING_KIND_LABELS, MEETING_KINDS } from "@/lib/meetings/kinds";
import { meetingRecordSchema } from "@/lib/meetings/write/record-schema";
import type { DatePrecision, MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";

/** The record an import writes: a meeting in the country visited, with its leader as the one participant. */
export interface ImportRecord {
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  date: string;
  datePrecision: DatePrecision;
  place: string;
  locationCountryCode: string;
  summary: string;
  countries: { countryCode: string; side: "HOST" | "GUEST" }[];
  participants: { personId?: string; name: string; title: string; organization: string; countryCode?: string; side?: "GUEST"; isDelegationLead: boolean }[];
  tags: string[];
}

/** A row read as a meeting record, before its leader is linked to anyone. */
export interface RowCandidate {
  record: ImportRecord;
  /** The leader as the row names them; null when the row names nobody. */
  leader: { name: string; countryCode: string | null } | null;
  key: string;
}
export type RowReading = { ok: true; candidate: RowCandidate } | { ok: false; reason: string };

/** What a record's field is called on the mapping page, for a refusal's reason. */
const FIELD_WORDS: Record<string, string> = {
  title: "Meeting title",
  place: "City",
  summary: "Purpose",
  "participants.0.name": "Leader",
  "participants.0.title": "Leader's title",
  "participants.0.organization": "Leader's organisation",
  tags: "Tags",
};

function kindOf(text: string): (typeof MEETING_KINDS)[number] | null {
  const value = text.trim().toLowerCase();
  return MEETING_KINDS.find((kind) => kind.toLowerCase() === value || MEETING_KIND_LABELS[kind].toLowerCase() === value) ?? null;
}

/**
 * One row as a meeting record, validated by the record's own schema (the one the form and the
 * write path use), or the reason it cannot be one, in the analyst's words.
 */
export function readRow(cells: string[], mapping: ImportMapping): RowReading {
  const cell = (field: ImportField) => {
    const column = mapping.columns[field];
    return column === undefined ? "" : (cells[column] ?? "").trim();
  };
  const when = parseImportDate(cell("date"));
  if ("error" in when) return { ok: false, reason: `Date: ${when.error}` };
  const visitedText = cell("countryVisited");
  if (!visitedText) return { ok: false, reason: "Country visited: the cell is empty." };
  const visited = countryCodeFor(visitedText);
  if (!visited) return { ok: false, reason: `Country visited: “${visitedText.slice(0, 60)}” is not a country Parley knows.` };
  const leaderCountryText = cell("leaderCountry");
  const leaderCountry = leaderCountryText ? countryCodeFor(leaderCountryText) : null;
  if (leaderCountryText && !leaderCountry) return { ok: false, reason: `Leader's country: “${leaderCountryText.slice(0, 60)}” is not a country Parley knows.` };
  const kindText = cell("kind");
  const kind = kindText ? kindOf(kindText) : leaderCountry && leaderCountry !== visited ? "VISIT" : "MEETING";
  if (!kind) return { ok: false, reason: `Kind: “${kindText.slice(0, 40)}” is not one of ${MEETING_KINDS.map((k) => MEETING_KIND_LABELS[k]).join(", ")}.` };

  const leaderName = cell("leader");
  const city = cell("city");
  const where = city ? `${city}, ${countryName(visited)}` : countryName(visited);
  const title = cell("title") || (leaderName ? `${leaderName} in ${where}` : `Meeting in ${where}`);
  const guestSide = leaderCountry && leaderCountry !== visited;
  const record: RowCandidate["record"] = {
    title,
    kind,
    status: mapping.status,
    date: when.date,
    datePrecision: when.precision,
    place: city,
    locationCountryCode: visited,
    summary: cell("purpose"),
    countries: [{ countryCode: visited, side: "HOST" }, ...(guestSide ? [{ countryCode: leaderCountry, side: "GUEST" as const }] : [])],
    participants: leaderName
      ? [{ name: leaderName, title: cell("leaderTitle"), organization: cell("organization"), countryCode: leaderCountry ?? undefined, side: guestSide ? "GUEST" : undefined, isDelegationLead: true }]
      : [],
    tags: cell("tags").split(/[;,]/).map((tag) => tag.trim()).filter(Boolean),
  };
  const parsed = meetingRecordSchema.safeParse(record);
  if (!parsed.success) {
    const reasons = parsed.error.issues.slice(0, 3).map((issue) => {
      const path = issue.path.join(".");
      return `${FIELD_WORDS[path] ?? FIELD_WORDS[path.split(".")[0]!] ?? path}: ${issue.message}`;
    });
    return { ok: false, reason: reasons.join(" ") };
  }
  const key = contentKey({ date: when.date, precision: when.precision, leader: leaderName, leaderCountry: leaderCountry ?? "", countryVisited: visited, city, title });
  return { ok: true, candidate: { record, leader: leaderName ? { name: leaderName, countryCode: leaderCountry } : null, key } };
}
