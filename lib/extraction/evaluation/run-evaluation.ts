import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractSuggestions } from "@/lib/extraction/extract";
import { expectedSetSchema, type ExpectedArticle } from "@/lib/extraction/internal/evaluation/expected";
import { scoreArticle, scoreSet, type ArticleCounts } from "@/lib/extraction/evaluation/score";

export interface EvaluatedSet {
  name: string;
  file: string;
  articles: { file: string; counts: ArticleCounts }[];
  score: ReturnType<typeof scoreSet>;
  /** Characters and milliseconds of one extraction per article, for the speed figure. */
  characters: number;
  milliseconds: number;
}

export function loadExpected(file: string): { article: ExpectedArticle; text: string }[] {
  const parsed = expectedSetSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  const folder = path.dirname(file);
  return parsed.articles.map((article) => ({ article, text: readFileSync(path.join(folder, article.file), "utf8") }));
}

export function evaluateSet(name: string, file: string): EvaluatedSet | null {
  if (!existsSync(file)) return null;
  const items = loadExpected(file);
  const articles: EvaluatedSet["articles"] = [];
  let characters = 0;
  let milliseconds = 0;
  for (const { article, text } of items) {
    const started = performance.now();
    const result = extractSuggestions(text, { publishedOn: article.source.published });
    milliseconds += performance.now() - started;
    characters += text.length;
    articles.push({ file: article.file, counts: scoreArticle(result, article) });
  }
  return { name, file, articles, score: scoreSet(articles.map((a) => a.counts)), characters, milliseconds };
}

/**
 * Median milliseconds to extract from a 5 KB wire item (the evaluation texts joined and cut to
 * 5,120 characters), after a warm-up: the time an analyst waits after pasting.
 */
export function millisecondsPer5KB(texts: string[], runs = 25): number {
  let text = "";
  while (text.length < 5_120 && texts.length > 0) text += texts.map((t) => t + "\n\n").join("");
  text = text.slice(0, 5_120);
  for (let i = 0; i < 3; i++) extractSuggestions(text, { publishedOn: "2025-01-01" });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    extractSuggestions(text, { publishedOn: "2025-01-01" });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
