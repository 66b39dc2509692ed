import type { DatePrecision, MeetingKind, MeetingStatus, Side } from "@/lib/generated/prisma/enums";
import { SIDE_LABELS } from "@/lib/meetings/kinds";

// What the pages and client components receive: plain, serialisable, only the fields shown.

export interface MeetingListItem {
  id: string;
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  /** YYYY-MM-DD, or null when the date is unknown. */
  date: string | null;
  dateLabel: string;
  countries: { code: string; name: string; side: Side | null }[];
  leads: { name: string; countryCode: string | null }[];
  tags: string[];
  updatedAt: string;
  deleted: boolean;
}

export interface MeetingList {
  rows: MeetingListItem[];
  /** Matching meetings; with a search it counts at most the candidates searched (see `capped`). */
  total: number;
  /** True when a search hit its candidate bound, so `total` is a lower bound. */
  capped: boolean;
  page: number;
  pageSize: number;
  pageCount: number;
}

export interface ParticipantView {
  id: string;
  name: string;
  aliases: string[];
  title: string;
  organization: string | null;
  countryCode: string | null;
  countryName: string | null;
  side: Side | null;
  isDelegationLead: boolean;
}

export interface SourceSegment {
  text: string;
  /** What the span is evidence for ("date", "Sahiba Gafarova", …); absent for plain text. */
  evidence?: string[];
}

export interface SourceView {
  id: string;
  outlet: string;
  url: string | null;
  title: string;
  publishedOn: string | null;
  publishedLabel: string | null;
  language: string;
  segments: SourceSegment[];
  evidenceCount: number;
}

export interface MeetingDetail {
  id: string;
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  date: string | null;
  datePrecision: DatePrecision;
  dateLabel: string;
  place: string | null;
  locationCountry: { code: string; name: string } | null;
  summary: string;
  outcome: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
  deletedAt: string | null;
  countries: { code: string; name: string; side: Side | null }[];
  participants: ParticipantView[];
  topics: { id: string; name: string }[];
  tags: { id: string; name: string }[];
  sources: SourceView[];
}

/** A Date column of type DATE as YYYY-MM-DD (Prisma gives midnight UTC). */
export function toIsoDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const MONTH_FORMAT = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** "2 Apr 2024", "Apr 2024" or "2024": never more precise than what is known. */
export function formatMeetingDate(date: Date | null, precision: DatePrecision): string {
  if (!date) return "Date unknown";
  if (precision === "YEAR") return String(date.getUTCFullYear());
  if (precision === "MONTH") return MONTH_FORMAT.format(date);
  return DAY_FORMAT.format(date);
}

export function formatDay(date: Date | null): string | null {
  return date ? DAY_FORMAT.format(date) : null;
}

export interface EvidenceSpan {
  start: number;
  end: number;
  label: string;
}

/**
 * Cuts a source's text into plain and evidence segments. Spans may overlap or run past the
 * text (offsets recorded against an older text): overlaps merge, out-of-range parts are dropped.
 */
export function splitIntoSegments(text: string, spans: EvidenceSpan[]): SourceSegment[] {
  const clamped = spans
    .map((span) => ({ start: Math.max(0, span.start), end: Math.min(text.length, span.end), labels: [span.label] }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);

  const merged: typeof clamped = [];
  for (const span of clamped) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      for (const label of span.labels) if (!last.labels.includes(label)) last.labels.push(label);
    } else {
      merged.push({ ...span, labels: [...span.labels] });
    }
  }

  const segments: SourceSegment[] = [];
  let cursor = 0;
  for (const span of merged) {
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start) });
    segments.push({ text: text.slice(span.start, span.end), evidence: span.labels });
    cursor = span.end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor) });
  return segments;
}

export interface ParticipantGroup {
  key: string;
  label: string;
  participants: ParticipantView[];
}

const SIDE_ORDER: (Side | null)[] = ["HOST", "GUEST", "THIRD_PARTY", null];

/**
 * Delegations as the analyst reads them: by side when sides are recorded, otherwise by country,
 * leads first within each group and the analyst's order otherwise.
 */
export function groupParticipants(participants: ParticipantView[]): ParticipantGroup[] {
  const bySide = participants.some((participant) => participant.side !== null);
  const groups = new Map<string, ParticipantGroup>();
  const ordered = bySide
    ? SIDE_ORDER.flatMap((side) => participants.filter((participant) => participant.side === side))
    : participants;
  for (const participant of ordered) {
    const key = bySide ? (participant.side ?? "none") : (participant.countryCode ?? "none");
    const label = bySide
      ? participant.side
        ? SIDE_LABELS[participant.side]
        : "Side not recorded"
      : (participant.countryName ?? "Country not recorded");
    const group = groups.get(key) ?? { key, label, participants: [] };
    group.participants.push(participant);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    group.participants.sort((a, b) => Number(b.isDelegationLead) - Number(a.isDelegationLead));
  }
  return [...groups.values()];
}

/** A table row with the search snippet (matched words between \u0002 and \u0003), when searching. */
export interface MeetingSearchItem extends MeetingListItem {
  snippet: string | null;
}

/** One page of the meetings table for a view, with what the analyst must be told about it. */
export interface MeetingSearchResult {
  rows: MeetingSearchItem[];
  total: number;
  /** True when `total` is the planner's estimate (past the exact-count threshold). */
  totalEstimated: boolean;
  /** Set when relevance ranking looked only at this many most recent matches. */
  rankedAmong: number | null;
  /** Short messages for the search box: what was ignored or refused. */
  problems: string[];
  page: number;
  pageSize: number;
  pageCount: number;
  /**
   * The `after`/`before` link values that open the next and previous page from the index
   * (keyset, filter-schema.ts) instead of by OFFSET; null where the sort has none (relevance) or
   * there is no such page.
   */
  nextCursor?: string | null;
  previousCursor?: string | null;
}

/** One facet value with the number of matching meetings that have it. */
export interface FacetValueCount {
  value: string;
  label: string;
  count: number;
}
