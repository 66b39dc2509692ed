import type { SnapshotRecord } from "@/lib/meetings/write/snapshot";

// A readable diff of two snapshots of one meeting, in the analyst's sections. Pure, so the
// history panel, the one-line summaries and the tests all use the same comparison.

export type DiffSection = "fields" | "participants" | "countries" | "topics" | "tags" | "sources" | "evidence";

export interface DiffEntry {
  section: DiffSection;
  /** What changed, e.g. "Title", "Aibek Nurlanov", "AZ". */
  label: string;
  change: "added" | "removed" | "changed";
  before?: string;
  after?: string;
}

export interface DiffNames {
  topicNames?: Map<string, string>;
}

const FIELDS = [
  ["title", "Title"],
  ["kind", "Kind"],
  ["status", "Status"],
  ["date", "Date"],
  ["datePrecision", "Date precision"],
  ["place", "Place"],
  ["locationCountryCode", "Country of the place"],
  ["summary", "Summary"],
  ["outcome", "Outcome"],
] as const;

const SOURCE_KEYS = ["outlet", "url", "title", "publishedOn", "language", "text"] as const;

const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));

function setDiff(section: DiffSection, before: string[], after: string[], label: (key: string) => string = (k) => k): DiffEntry[] {
  const a = new Set(before);
  const b = new Set(after);
  return [
    ...[...a].filter((k) => !b.has(k)).map((k): DiffEntry => ({ section, label: label(k), change: "removed", before: label(k) })),
    ...[...b].filter((k) => !a.has(k)).map((k): DiffEntry => ({ section, label: label(k), change: "added", after: label(k) })),
  ];
}

function participantLine(p: SnapshotRecord["participants"][number]): string {
  return [p.title, p.organization, p.countryCode, p.side?.toLowerCase().replace("_", " "), p.isDelegationLead ? "leads delegation" : null]
    .filter(Boolean)
    .join(" · ");
}

function evidenceLine(record: SnapshotRecord, span: SnapshotRecord["evidence"][number]): string {
  const t = span.target;
  const what =
    t.type === "field"
      ? t.field
      : t.type === "participant"
        ? `${record.participants[t.index]?.name ?? "participant"} (${t.aspect})`
        : t.type === "country"
          ? t.countryCode
          : t.type === "topic"
            ? "a topic"
            : `an organisation (${t.aspect})`;
  const outlet = record.sources[span.sourceIndex]?.outlet ?? "a source";
  return `“${span.quote}” in ${outlet} for ${what}`;
}

/** Every difference between two records, fields first, in a stable order. */
export function diffRecords(before: SnapshotRecord | null, after: SnapshotRecord | null, names: DiffNames = {}): DiffEntry[] {
  const a = before;
  const b = after;
  const entries: DiffEntry[] = [];
  for (const [key, label] of FIELDS) {
    const x = text(a?.[key]);
    const y = text(b?.[key]);
    if (x !== y) entries.push({ section: "fields", label, change: !x ? "added" : !y ? "removed" : "changed", before: x || undefined, after: y || undefined });
  }

  const people = (r: SnapshotRecord | null) => new Map((r?.participants ?? []).map((p) => [p.personId, p]));
  const pa = people(a);
  const pb = people(b);
  for (const [id, p] of pa) {
    const q = pb.get(id);
    if (!q) entries.push({ section: "participants", label: p.name, change: "removed", before: participantLine(p) });
    else if (participantLine(p) !== participantLine(q) || p.name !== q.name)
      entries.push({ section: "participants", label: q.name, change: "changed", before: participantLine(p), after: participantLine(q) });
  }
  for (const [id, q] of pb) if (!pa.has(id)) entries.push({ section: "participants", label: q.name, change: "added", after: participantLine(q) });

  const countryLine = (r: SnapshotRecord | null) => (r?.countries ?? []).map((c) => (c.side ? `${c.countryCode} (${c.side.toLowerCase().replace("_", " ")})` : c.countryCode));
  entries.push(...setDiff("countries", countryLine(a), countryLine(b)));
  entries.push(...setDiff("topics", a?.topicIds ?? [], b?.topicIds ?? [], (id) => names.topicNames?.get(id) ?? "a topic"));
  entries.push(...setDiff("tags", a?.tags ?? [], b?.tags ?? []));

  const sources = (r: SnapshotRecord | null) => new Map((r?.sources ?? []).map((s) => [s.id, s]));
  const sa = sources(a);
  const sb = sources(b);
  for (const [id, s] of sa) {
    const t = sb.get(id);
    if (!t) entries.push({ section: "sources", label: s.title || s.outlet, change: "removed", before: s.outlet });
    else {
      const changes = SOURCE_KEYS.filter((k) => text(s[k]) !== text(t[k]));
      const show = (r: typeof s, k: (typeof SOURCE_KEYS)[number]) => (k === "text" ? `text (${r.text.length.toLocaleString("en")} characters)` : `${k}: ${text(r[k])}`);
      if (changes.length > 0)
        entries.push({ section: "sources", label: t.title || t.outlet, change: "changed", before: changes.map((k) => show(s, k)).join("; "), after: changes.map((k) => show(t, k)).join("; ") });
    }
  }
  for (const [id, t] of sb) if (!sa.has(id)) entries.push({ section: "sources", label: t.title || t.outlet, change: "added", after: t.outlet });

  const spans = (r: SnapshotRecord | null) => (r ? r.evidence.map((span) => evidenceLine(r, span)) : []);
  entries.push(...setDiff("evidence", spans(a), spans(b)));
  return entries;
}

const SECTION_WORDS: Record<DiffSection, [string, string]> = {
  fields: ["field", "fields"],
  participants: ["participant", "participants"],
  countries: ["country", "countries"],
  topics: ["topic", "topics"],
  tags: ["tag", "tags"],
  sources: ["source", "sources"],
  evidence: ["evidence span", "evidence spans"],
};

/** One line for the history list: "Created", "Deleted", "Title changed; tag energy added". */
export function summarizeRevision(action: string, entries: DiffEntry[]): string {
  if (action === "CREATE") return "Created the record";
  if (action === "DELETE") return "Deleted the meeting";
  if (action === "RESTORE" && entries.length === 0) return "Restored from the trash";
  const prefix = action === "RESTORE" ? "Restored an earlier revision: " : "";
  if (entries.length === 0) return `${prefix}No visible change`;
  const parts: string[] = [];
  const fieldChanges = entries.filter((e) => e.section === "fields");
  if (fieldChanges.length > 0 && fieldChanges.length <= 3) parts.push(`${fieldChanges.map((e) => e.label).join(", ")} changed`);
  else if (fieldChanges.length > 3) parts.push(`${fieldChanges.length} fields changed`);
  for (const section of ["participants", "countries", "topics", "tags", "sources", "evidence"] as const) {
    const inSection = entries.filter((e) => e.section === section);
    for (const change of ["added", "removed", "changed"] as const) {
      const list = inSection.filter((e) => e.change === change);
      if (list.length === 0) continue;
      const [one, many] = SECTION_WORDS[section];
      parts.push(
        list.length === 1 && (section === "tags" || section === "participants" || section === "countries")
          ? `${one} ${list[0]!.label} ${change}`
          : `${list.length} ${list.length === 1 ? one : many} ${change}`,
      );
    }
  }
  const line = parts.join("; ");
  return `${prefix}${line.charAt(0).toUpperCase()}${line.slice(1)}`;
}
