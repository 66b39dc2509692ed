import type { DatePrecision, MeetingKind, MeetingStatus, Side } from "@/lib/generated/prisma/enums";
import { formatMeetingDate } from "@/lib/meetings/dto";
import { SIDE_LABELS } from "@/lib/meetings/kinds";
import { tagSlug } from "@/lib/meetings/tag-slug";
import type { EvidenceTarget } from "@/lib/meetings/write/record-schema";
import type { SnapshotRecord } from "@/lib/meetings/write/snapshot";

// What the meeting page shows, built from a snapshot: the same renderer serves the current
// record and any old revision, so a cited revision reads exactly like the record did.

/** Names what an evidence span supports; the page highlights every span with the hovered key. */
export interface EvidenceRef {
  key: string;
  label: string;
}

export interface ViewSegment {
  text: string;
  evidence?: EvidenceRef[];
}

export interface AliasView {
  alias: string;
  /** Where the spelling was seen; null when recorded without a source. */
  source: { meetingId: string; outlet: string; title: string } | null;
}

export interface ParticipantItem {
  key: string;
  personId: string;
  name: string;
  aliases: AliasView[];
  title: string;
  organization: { id: string; name: string } | null;
  countryCode: string | null;
  countryName: string | null;
  side: Side | null;
  isDelegationLead: boolean;
}

export interface SourceItem {
  id: string;
  outlet: string;
  /** Only http(s) addresses: anything else is shown as text, never as a link. */
  url: string | null;
  title: string;
  publishedLabel: string | null;
  language: string;
  segments: ViewSegment[];
  evidenceCount: number;
}

export interface MeetingView {
  id: string;
  version: number;
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  date: string | null;
  datePrecision: DatePrecision;
  dateLabel: string;
  place: string;
  locationCountry: { code: string; name: string } | null;
  summary: string;
  outcome: string;
  countries: { code: string; name: string; side: Side | null }[];
  participants: ParticipantItem[];
  topics: { id: string; name: string }[];
  /** id null: a tag since renamed away or merged (old revisions). */
  tags: { id: string | null; name: string }[];
  sources: SourceItem[];
  /** Keys that have at least one span, so the page marks only what can be highlighted. */
  evidencedKeys: string[];
}

export interface ViewLookups {
  countryNames: Map<string, string>;
  topicNames: Map<string, string>;
  organizationNames: Map<string, string>;
  /** Tag slug → id. */
  tagIds: Map<string, string>;
  aliases: Map<string, AliasView[]>;
}

export const evidenceKey = {
  field: (field: string) => `field:${field}`,
  participant: (index: number) => `participant:${index}`,
  organization: (id: string) => `organization:${id}`,
  country: (code: string) => `country:${code}`,
  topic: (id: string) => `topic:${id}`,
};

const FIELD_LABELS: Record<string, string> = {
  title: "the title",
  date: "the date",
  place: "the place",
  kind: "the kind of meeting",
  summary: "the summary",
  outcome: "the outcome",
};

/** Only http: and https: addresses become links (a javascript: URL stored by any route stays text). */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}

function evidenceRefs(target: EvidenceTarget, record: SnapshotRecord, lookups: ViewLookups): EvidenceRef[] {
  switch (target.type) {
    case "field":
      return [{ key: evidenceKey.field(target.field), label: FIELD_LABELS[target.field] ?? target.field }];
    case "participant": {
      const participant = record.participants[target.index];
      const name = participant?.name ?? "a participant";
      const refs = [{ key: evidenceKey.participant(target.index), label: aspectLabel(target.aspect, name) }];
      if (target.aspect === "organization" && participant?.organizationId) {
        refs.push({ key: evidenceKey.organization(participant.organizationId), label: `${name}'s organisation` });
      }
      return refs;
    }
    case "organization":
      return [{ key: evidenceKey.organization(target.organizationId), label: lookups.organizationNames.get(target.organizationId) ?? "an organisation" }];
    case "country":
      return [{ key: evidenceKey.country(target.countryCode), label: lookups.countryNames.get(target.countryCode) ?? target.countryCode }];
    case "topic":
      return [{ key: evidenceKey.topic(target.topicId), label: `topic ${lookups.topicNames.get(target.topicId) ?? ""}`.trim() }];
  }
}

function aspectLabel(aspect: "person" | "title" | "organization" | "alias", name: string): string {
  if (aspect === "title") return `${name}'s title`;
  if (aspect === "organization") return `${name}'s organisation`;
  if (aspect === "alias") return `${name} (as written)`;
  return name;
}

/**
 * Cuts a text into plain and evidence segments; overlapping spans split into pieces that each
 * carry every span covering them, so each piece says all it supports.
 */
export function segmentText(text: string, spans: { start: number; end: number; refs: EvidenceRef[] }[]): ViewSegment[] {
  const valid = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end), refs: s.refs }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const span of valid) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: ViewSegment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = valid.filter((s) => s.start <= start && s.end >= end);
    const refs = dedupe(covering.flatMap((s) => s.refs));
    const piece = text.slice(start, end);
    const last = segments.at(-1);
    if (refs.length === 0 && last && !last.evidence) last.text += piece;
    else segments.push(refs.length > 0 ? { text: piece, evidence: refs } : { text: piece });
  }
  return segments.length > 0 ? segments : [{ text }];
}

function dedupe(refs: EvidenceRef[]): EvidenceRef[] {
  const seen = new Map<string, EvidenceRef>();
  for (const ref of refs) if (!seen.has(`${ref.key}|${ref.label}`)) seen.set(`${ref.key}|${ref.label}`, ref);
  return [...seen.values()];
}

const dayLabel = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** The record of a snapshot (current or old) as the page shows it. */
export function toMeetingView(snapshot: { id: string; version: number; record: SnapshotRecord }, lookups: ViewLookups): MeetingView {
  const { record } = snapshot;
  const date = record.date ? new Date(`${record.date}T00:00:00Z`) : null;
  const spansBySource = new Map<number, { start: number; end: number; refs: EvidenceRef[] }[]>();
  const evidenced = new Set<string>();
  for (const span of record.evidence) {
    const refs = evidenceRefs(span.target, record, lookups);
    for (const ref of refs) evidenced.add(ref.key);
    const list = spansBySource.get(span.sourceIndex) ?? [];
    list.push({ start: span.start, end: span.end, refs });
    spansBySource.set(span.sourceIndex, list);
  }
  const name = (code: string | undefined | null) => (code ? (lookups.countryNames.get(code) ?? code) : null);

  return {
    id: snapshot.id,
    version: snapshot.version,
    title: record.title,
    kind: record.kind,
    status: record.status,
    date: record.date || null,
    datePrecision: record.datePrecision,
    dateLabel: formatMeetingDate(date, record.datePrecision),
    place: record.place ?? "",
    locationCountry: record.locationCountryCode ? { code: record.locationCountryCode, name: name(record.locationCountryCode)! } : null,
    summary: record.summary ?? "",
    outcome: record.outcome ?? "",
    countries: record.countries.map((c) => ({ code: c.countryCode, name: name(c.countryCode)!, side: c.side ?? null })),
    participants: record.participants.map((p, index) => ({
      key: evidenceKey.participant(index),
      personId: p.personId,
      name: p.name,
      aliases: lookups.aliases.get(p.personId) ?? [],
      title: p.title ?? "",
      organization: p.organizationId
        ? { id: p.organizationId, name: lookups.organizationNames.get(p.organizationId) ?? p.organization ?? "" }
        : null,
      countryCode: p.countryCode ?? null,
      countryName: name(p.countryCode),
      side: p.side ?? null,
      isDelegationLead: p.isDelegationLead ?? false,
    })),
    topics: record.topicIds
      .map((id) => ({ id, name: lookups.topicNames.get(id) ?? "Topic no longer in the vocabulary" }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    tags: record.tags.map((tag) => ({ id: lookups.tagIds.get(tagSlug(tag)) ?? null, name: tag })),
    sources: record.sources.map((source, index) => ({
      id: source.id,
      outlet: source.outlet,
      url: safeHttpUrl(source.url),
      title: source.title ?? "",
      publishedLabel: source.publishedOn ? dayLabel.format(new Date(`${source.publishedOn}T00:00:00Z`)) : null,
      language: source.language ?? "en",
      segments: segmentText(source.text, spansBySource.get(index) ?? []),
      evidenceCount: spansBySource.get(index)?.length ?? 0,
    })),
    evidencedKeys: [...evidenced],
  };
}

export interface ParticipantSideGroup {
  key: string;
  label: string;
  participants: ParticipantItem[];
}

const SIDE_ORDER: (Side | null)[] = ["HOST", "GUEST", "THIRD_PARTY", null];

/** Delegations by side when sides are recorded, else by country; leads first. */
export function groupBySide(participants: ParticipantItem[]): ParticipantSideGroup[] {
  const bySide = participants.some((p) => p.side !== null);
  const ordered = bySide ? SIDE_ORDER.flatMap((side) => participants.filter((p) => p.side === side)) : participants;
  const groups = new Map<string, ParticipantSideGroup>();
  for (const p of ordered) {
    const key = bySide ? (p.side ?? "none") : (p.countryCode ?? "none");
    const label = bySide ? (p.side ? SIDE_LABELS[p.side] : "Side not recorded") : (p.countryName ?? "Country not recorded");
    const group = groups.get(key) ?? { key, label, participants: [] };
    group.participants.push(p);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.participants.sort((a, b) => Number(b.isDelegationLead) - Number(a.isDelegationLead));
  return [...groups.values()];
}
