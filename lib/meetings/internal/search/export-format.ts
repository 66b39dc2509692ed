import { stringify } from "csv-stringify/sync";
import type { ExportedMeeting } from "@/lib/meetings/internal/search/export-rows";

/** `events`: CAMEO events, one row per directed pair of countries (export-events.ts). */
export const EXPORT_FORMATS = ["csv", "json", "events"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CSV_COLUMNS = [
  "id",
  "date",
  "title",
  "kind",
  "status",
  "countries",
  "participants",
  "topics",
  "tags",
  "sources",
  "place",
  "summary",
  "outcome",
  "updated_at",
] as const;

function csvRow(meeting: ExportedMeeting): string[] {
  return [
    meeting.id,
    meeting.date ?? "",
    meeting.title,
    meeting.kind,
    meeting.status,
    meeting.countries.map((c) => (c.side ? `${c.code} (${c.side.toLowerCase()})` : c.code)).join("; "),
    meeting.participants
      .map((p) => [p.name, p.title, p.organization, p.country].filter(Boolean).join(", ") + (p.lead ? " [lead]" : ""))
      .join("; "),
    meeting.topics.map((topic) => topic.name).join("; "),
    meeting.tags.map((tag) => tag.name).join("; "),
    meeting.sources.map((s) => [s.outlet, s.url].filter(Boolean).join(" ")).join("; "),
    meeting.place ?? "",
    meeting.summary,
    meeting.outcome,
    meeting.updatedAt,
  ];
}

// escape_formulas: a cell starting with = + - @ (or tab, CR) gets a leading ' so a spreadsheet
// shows it as text instead of running it (CSV injection).
export const CSV_OPTIONS = { escape_formulas: true, record_delimiter: "\r\n" } as const;

export function csvHeader(): string {
  return stringify([[...CSV_COLUMNS]], CSV_OPTIONS);
}

export function csvLines(meetings: ExportedMeeting[]): string {
  return meetings.length > 0 ? stringify(meetings.map(csvRow), CSV_OPTIONS) : "";
}

/** JSON Lines would be easier to stream, but analysts open these in tools that expect an array. */
export function jsonChunk(meetings: ExportedMeeting[], first: boolean): string {
  return meetings.map((meeting, index) => `${first && index === 0 ? "" : ",\n"}${JSON.stringify(meeting)}`).join("");
}

/**
 * `parley-meetings-2026-11-30-caucasus-energy.csv`: the date and the view's name, safe as a file
 * name; `parley-events-….csv` for CAMEO events.
 */
export function exportFilename(format: ExportFormat, today: Date, viewName?: string | null): string {
  const slug = (viewName ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  const [what, extension] = format === "events" ? ["events", "csv"] : ["meetings", format];
  return `parley-${what}-${today.toISOString().slice(0, 10)}${slug ? `-${slug}` : ""}.${extension}`;
}
