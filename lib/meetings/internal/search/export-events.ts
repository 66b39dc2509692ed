import { stringify } from "csv-stringify/sync";
import type { MeetingKind, Side } from "@/lib/generated/prisma/enums";
import { cameoCodeFor } from "@/lib/meetings/kinds";
import { CSV_OPTIONS } from "@/lib/meetings/internal/search/export-format";
import type { ExportedMeeting } from "@/lib/meetings/internal/search/export-rows";

/**
 * The CAMEO events export, for event-data tools (the columns of ICEWS and Phoenix data sets, in
 * their words): one row per directed pair of the meeting's countries, actors as ISO 3166-1
 * alpha-3 codes, the CAMEO code from lib/meetings/kinds.ts seen from the source's side.
 */
export const EVENT_COLUMNS = ["event_date", "date_precision", "source_country", "target_country", "cameo_code", "meeting_id", "meeting_kind", "title"] as const;

type Country = ExportedMeeting["countries"][number];

/**
 * Who acts on whom. Countries on the same side (two hosts) do not act on each other; every other
 * pair does, both ways, so a visit is the guest's 042 "Make a visit" and the host's 043 "Host a
 * visit". In a mediation the mediator (third party) acts on each party (045); with no mediator
 * recorded, the parties act on each other. A meeting with a single country is one row with no
 * target, so it is not lost from the file; one with no country has no actors and no row.
 */
function directedPairs(kind: MeetingKind, countries: Country[]): [Country, Country | null][] {
  if (countries.length < 2) return countries.map((country) => [country, null]);
  const mediators = countries.filter((country) => country.side === "THIRD_PARTY");
  if (kind === "MEDIATION" && mediators.length > 0) {
    return mediators.flatMap((mediator) => countries.filter((country) => country.side !== "THIRD_PARTY").map((party): [Country, Country] => [mediator, party]));
  }
  return countries.flatMap((source) =>
    countries.filter((target) => target !== source && !(source.side !== null && source.side === target.side)).map((target): [Country, Country] => [source, target]),
  );
}

export function eventRows(meeting: ExportedMeeting): string[][] {
  const kind = meeting.kind as MeetingKind;
  return directedPairs(kind, meeting.countries).map(([source, target]) => [
    meeting.date ?? "",
    meeting.datePrecision,
    source.alpha3,
    target?.alpha3 ?? "",
    cameoCodeFor(kind, source.side as Side | null),
    meeting.id,
    meeting.kind,
    meeting.title,
  ]);
}

export function eventsHeader(): string {
  return stringify([[...EVENT_COLUMNS]], CSV_OPTIONS);
}

export function eventLines(meetings: ExportedMeeting[]): string {
  const rows = meetings.flatMap(eventRows);
  return rows.length > 0 ? stringify(rows, CSV_OPTIONS) : "";
}
