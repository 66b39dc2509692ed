import type { TopicSuggestion } from "@/lib/extraction/types";
import { buildTopicRecords } from "@/lib/topics/vocabulary";
import { evidenceOf } from "@/lib/extraction/internal/text/evidence";
import { fold } from "@/lib/extraction/internal/vocabulary/normalize";
import { TOPIC_ALIASES } from "@/lib/extraction/internal/vocabulary/topic-aliases";

interface TopicPattern {
  name: string;
  pattern: RegExp;
  /** Acronyms ("UN") match only as written, in the original text. */
  exactCase: boolean;
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const isAcronym = (phrase: string) => phrase === phrase.toUpperCase() && /\p{Lu}/u.test(phrase);

function compile(phrase: string): RegExp {
  const exactCase = isAcronym(phrase);
  const body = fold(phrase)
    .split(/[\s-]+/)
    .map(escape)
    .join("[\\s-]+");
  // A plural or -s on the last word still matches ("renewable energy", "energies").
  return exactCase ? new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, "gu") : new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:s|es)?(?![\\p{L}\\p{N}])`, "gu");
}

let patterns: TopicPattern[] | null = null;

function topicPatterns(): TopicPattern[] {
  if (patterns) return patterns;
  patterns = [];
  for (const record of buildTopicRecords()) {
    const key = record.name.toLowerCase();
    const phrases = new Set([record.name, ...(TOPIC_ALIASES[key] ?? [])]);
    for (const phrase of phrases) patterns.push({ name: record.name, pattern: compile(phrase), exactCase: isAcronym(phrase) });
  }
  return patterns;
}

/**
 * Topics from the controlled vocabulary named in the text, each once with its first mention.
 * A match inside a longer topic's match ("energy" in "renewable energy") or inside a title or an
 * organisation's name ("Minister of Trade") does not count.
 */
export function extractTopics(text: string, excluded: { start: number; end: number }[]): TopicSuggestion[] {
  // Folding keeps UTF-16 length for Latin text; other text is compared as is.
  const folded = fold(text);
  const lower = text.toLowerCase();
  const haystack = folded.length === text.length ? folded : lower.length === text.length ? lower : text;
  const matches: { name: string; start: number; end: number }[] = [];
  for (const topic of topicPatterns()) {
    topic.pattern.lastIndex = 0;
    for (const match of (topic.exactCase ? text : haystack).matchAll(topic.pattern)) {
      matches.push({ name: topic.name, start: match.index, end: match.index + match[0].length });
    }
  }
  matches.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: typeof matches = [];
  for (const match of matches) {
    if (excluded.some((span) => match.start >= span.start && match.end <= span.end)) continue;
    if (kept.some((other) => other.name !== match.name && match.start >= other.start && match.end <= other.end)) continue;
    kept.push(match);
  }
  kept.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const topics: TopicSuggestion[] = [];
  for (const match of kept) {
    if (seen.has(match.name)) continue;
    seen.add(match.name);
    topics.push({ name: match.name, evidence: evidenceOf(text, match.start, match.end) });
  }
  return topics;
}
