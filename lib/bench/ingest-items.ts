import { readFileSync } from "node:fs";
import path from "node:path";
import type { IngestItemInput } from "@/lib/ingest/schemas";

// Items for the ingest benchmark, made from extraction's development sets: invented wire items
// written the way agencies publish (lib/extraction/dev-set, web-dev-set), never real agencies'
// text. Past the sets' length they come round again a year later (the published date and every
// year in the text moved on), so each round is new meetings, and within a round the sets' own
// pairs (two accounts of one meeting) fold as they would on a real day.

const SETS = ["lib/extraction/dev-set", "lib/extraction/web-dev-set"];

interface Article {
  file: string;
  source: { outlet: string; published: string };
}

export function benchIngestItems(root: string, count: number): IngestItemInput[] {
  const articles = SETS.flatMap((set) => {
    const { articles } = JSON.parse(readFileSync(path.join(root, set, "articles.json"), "utf8")) as { articles: Article[] };
    return articles.map((article) => ({ ...article, text: readFileSync(path.join(root, set, article.file), "utf8") }));
  });
  return Array.from({ length: count }, (_, i) => {
    const article = articles[i % articles.length]!;
    const round = Math.floor(i / articles.length);
    const year = (y: string) => String(Number(y) + round);
    return {
      text: round === 0 ? article.text : article.text.replace(/\b(19|20)\d\d\b/gu, year),
      outlet: article.source.outlet,
      published: article.source.published.replace(/^\d{4}/u, year),
      label: `${path.basename(article.file)} (round ${round + 1})`,
    };
  });
}
