import { readFileSync } from "node:fs";
import path from "node:path";
import type { IngestItemInput } from "@/lib/ingest/schemas";

// Items for the ingest benchmark, made from extraction's development sets: invented wire items
// written the way agencies publish (lib/extraction/dev-set, web-dev-set), never real agencies'
// text. Every fifth item is the item before it again, credited to another outlet: a second
// account of the same meeting, which the batch folds into the first one's draft. Past the sets'
// length the items come round again a year later (the published date and every year in the text
// moved on), so each round is new meetings; `yearShift` moves a whole run on, so a run on the same
// database never meets an earlier run's drafts.

const SETS = ["lib/extraction/dev-set", "lib/extraction/web-dev-set"];

interface Article {
  file: string;
  source: { outlet: string; published: string };
}

/** Rounds a run can take (500 items, the batch cap, over the sets' 55): how far apart runs' years are. */
export const ROUNDS_PER_RUN = 10;

export function benchIngestItems(root: string, count: number, yearShift: number): IngestItemInput[] {
  const articles = SETS.flatMap((set) => {
    const { articles } = JSON.parse(readFileSync(path.join(root, set, "articles.json"), "utf8")) as { articles: Article[] };
    return articles.map((article) => ({ ...article, text: readFileSync(path.join(root, set, article.file), "utf8") }));
  });
  let next = 0;
  return Array.from({ length: count }, (_, i) => {
    const again = i % 5 === 4;
    const index = again ? next - 1 : next++;
    const article = articles[index % articles.length]!;
    const shift = yearShift + Math.floor(index / articles.length);
    const year = (y: string) => String(Number(y) + shift);
    const text = shift === 0 ? article.text : article.text.replace(/\b(19|20)\d\d\b/gu, year);
    return {
      text: again ? `${text.trimEnd()}\n\nAs reported by Second Wire.\n` : text,
      outlet: again ? "Second Wire" : article.source.outlet,
      published: article.source.published.replace(/^\d{4}/u, year),
      label: `${path.basename(article.file)} (${shift}${again ? ", second account" : ""})`,
    };
  });
}
