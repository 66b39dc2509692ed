import { fold } from "@/lib/extraction/internal/vocabulary/normalize";
import { organizationWords } from "@/lib/extraction/internal/organizations/organization-key";

/**
 * The matching rules of the evaluation, stated once:
 * - names: folded (case, accents), punctuation and hyphens as spaces, courtesy forms dropped;
 *   equal word sequences match; the expected aliases count as the same person.
 * - titles and organisations: words after folding, countries (names and adjectives) as one
 *   token per country, and "the/of/for/and/Republic/State/Kingdom" dropped; they match when the
 *   Dice overlap of the word sets is ≥ 0.6 and they name no different countries. For a title,
 *   a country token on one side only is ignored ("Prime Minister of Japan" = "Prime Minister").
 *   An expected organisation "X (Y)" also matches as X or as Y.
 * - every match is one-to-one (greedy, best score first).
 */

const COURTESY = new Set(["mr", "mrs", "ms", "dr", "sheikh", "prince", "datuk", "seri", "he", "prof", "sir"]);

export function normalName(name: string): string {
  return fold(name)
    .replace(/[-.'’,]/g, " ")
    .split(/\s+/)
    .filter((word) => word && !COURTESY.has(word))
    .join(" ");
}

export function dice(a: string[], b: string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return (2 * shared) / (left.size + right.size);
}

function countries(words: string[]): string[] {
  return words.filter((word) => word.startsWith("@"));
}

function conflict(a: string[], b: string[]): boolean {
  const left = countries(a);
  const right = countries(b);
  return left.length > 0 && right.length > 0 && !left.some((code) => right.includes(code));
}

export function organizationScore(predicted: string, expected: string): number {
  const alternatives = [expected];
  const bracket = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(expected);
  if (bracket) alternatives.push(bracket[1]!, bracket[2]!);
  let best = 0;
  const words = organizationWords(predicted);
  for (const alternative of alternatives) {
    const other = organizationWords(alternative);
    if (conflict(words, other)) continue;
    best = Math.max(best, dice(words, other));
  }
  return best;
}

export function titleScore(predicted: string, expected: string): number {
  const a = organizationWords(predicted);
  const b = organizationWords(expected);
  if (conflict(a, b)) return 0;
  const shared = new Set(countries(a).filter((code) => countries(b).includes(code)));
  const keep = (word: string) => !word.startsWith("@") || shared.has(word);
  return dice(a.filter(keep), b.filter(keep));
}

export const MATCH_THRESHOLD = 0.6;

/** One-to-one matching: pairs with score ≥ threshold, best first. Returns expected index per predicted. */
export function matchPairs<P, E>(predicted: P[], expected: E[], score: (p: P, e: E) => number, threshold = MATCH_THRESHOLD): Map<number, number> {
  const candidates: { p: number; e: number; score: number }[] = [];
  predicted.forEach((p, i) => expected.forEach((e, j) => {
    const value = score(p, e);
    if (value >= threshold) candidates.push({ p: i, e: j, score: value });
  }));
  candidates.sort((a, b) => b.score - a.score);
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  for (const candidate of candidates) {
    if (pairs.has(candidate.p) || used.has(candidate.e)) continue;
    pairs.set(candidate.p, candidate.e);
    used.add(candidate.e);
  }
  return pairs;
}
