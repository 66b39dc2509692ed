import type { ExtractionResult } from "@/lib/extraction/types";
import type { ExpectedArticle } from "@/lib/extraction/internal/evaluation/expected";
import { matchPairs, normalName, organizationScore, titleScore, MATCH_THRESHOLD } from "@/lib/extraction/internal/evaluation/matching";
import { fold } from "@/lib/extraction/internal/vocabulary/normalize";

export const FIELDS = ["date", "location", "kind", "countries", "participants", "titles", "organizations", "topics"] as const;
export type Field = (typeof FIELDS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type ArticleCounts = Partial<Record<Field, Counts>>;

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** A single-valued field: right is one true positive; "no place" for a call is a right answer. */
function single(predicted: string | null, expected: string | null): Counts {
  if (predicted === expected) return { tp: 1, fp: 0, fn: 0 };
  return { tp: 0, fp: predicted === null ? 0 : 1, fn: expected === null ? 0 : 1 };
}

function sets(predicted: string[], expected: string[]): Counts {
  const p = new Set(predicted);
  const e = new Set(expected);
  let tp = 0;
  for (const value of p) if (e.has(value)) tp++;
  return { tp, fp: p.size - tp, fn: e.size - tp };
}

/** Precision/recall counts of one article, per field. Kind only where the annotation has one. */
export function scoreArticle(result: ExtractionResult, article: ExpectedArticle): ArticleCounts {
  const expected = article.expected;
  const counts: ArticleCounts = {};
  counts.date = single(result.date?.value ?? null, expected.date);
  const location = (value: { city: string | null; country: string | null } | null) => (value ? `${fold(value.city ?? "")}|${value.country ?? ""}` : null);
  counts.location = single(location(result.location), location(expected.location));
  if (expected.kind) counts.kind = single(result.kind.value, expected.kind);
  counts.countries = sets(result.countries.map((c) => c.code), expected.countries);

  // Title-only counterparts name nobody: the annotations list named people, so they are not scored.
  const named = result.participants.filter((p) => !p.titleOnly && p.name);
  const nameOf = (p: (typeof named)[number]) => [p.name, ...p.aliases.map((a) => a.name)].map(normalName);
  const expectedNames = expected.participants.map((e) => [e.name, ...(e.aliases ?? [])].map(normalName));
  const people = matchPairs(named, expected.participants, (p, e) => {
    const index = expected.participants.indexOf(e);
    const same = nameOf(p).some((name) => expectedNames[index]!.includes(name));
    return same && p.country === e.country ? 1 : 0;
  }, 1);
  counts.participants = { tp: people.size, fp: named.length - people.size, fn: expected.participants.length - people.size };

  const titles = zero();
  titles.fn = expected.participants.filter((e) => e.title).length;
  titles.fp = named.filter((p) => p.title).length;
  for (const [p, e] of people) {
    const predicted = named[p]!.title;
    const wanted = expected.participants[e]!.title;
    if (predicted && wanted && titleScore(predicted, wanted) >= MATCH_THRESHOLD) {
      titles.tp++;
      titles.fp--;
      titles.fn--;
    }
  }
  counts.titles = titles;

  const organizations = matchPairs(result.organizations, expected.organizations, (p, e) =>
    Math.max(organizationScore(p.name, e), p.acronym ? organizationScore(p.acronym, e) : 0),
  );
  counts.organizations = { tp: organizations.size, fp: result.organizations.length - organizations.size, fn: expected.organizations.length - organizations.size };
  counts.topics = sets(result.topics.map((t) => t.name.toLowerCase()), expected.topics.map((t) => t.toLowerCase()));
  return counts;
}

export interface FieldScore {
  precision: number;
  recall: number;
  f1: number;
  counts: Counts;
}

export function summarise(counts: Counts): FieldScore {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, counts };
}

/** Per field over a set of articles (micro-averaged), the overall micro average, and the mean F1 over fields. */
export function scoreSet(all: ArticleCounts[]): { fields: Partial<Record<Field, FieldScore>>; overall: FieldScore; meanF1: number } {
  const totals: Partial<Record<Field, Counts>> = {};
  for (const article of all) {
    for (const field of FIELDS) {
      const counts = article[field];
      if (!counts) continue;
      const total = (totals[field] ??= zero());
      total.tp += counts.tp;
      total.fp += counts.fp;
      total.fn += counts.fn;
    }
  }
  const fields: Partial<Record<Field, FieldScore>> = {};
  const overall = zero();
  for (const field of FIELDS) {
    const total = totals[field];
    if (!total) continue;
    fields[field] = summarise(total);
    overall.tp += total.tp;
    overall.fp += total.fp;
    overall.fn += total.fn;
  }
  const scored = Object.values(fields);
  const meanF1 = scored.reduce((sum, score) => sum + score.f1, 0) / Math.max(1, scored.length);
  return { fields, overall: summarise(overall), meanF1 };
}
