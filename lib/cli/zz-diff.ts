import { loadExpected } from "@/lib/extraction/evaluation/run-evaluation";
import { extractSuggestions } from "@/lib/extraction/extract";
const file = process.argv[2] ?? "lib/extraction/web-dev-set/articles.json";
const only = process.argv[3];
for (const { article, text } of loadExpected(file)) {
  if (only && !article.file.includes(only)) continue;
  const r = extractSuggestions(text, { publishedOn: article.source.published });
  const e = article.expected;
  const lines: string[] = [];
  const loc = r.location ? `${r.location.city}|${r.location.country}` : "null";
  const eloc = e.location ? `${e.location.city}|${e.location.country}` : "null";
  if (r.date?.value !== e.date) lines.push(`date ${r.date?.value} want ${e.date}`);
  if (loc !== eloc) lines.push(`loc ${loc} want ${eloc}`);
  if (e.kind && r.kind.value !== e.kind) lines.push(`kind ${r.kind.value} want ${e.kind}`);
  const rc = r.countries.map((c) => c.code).join(","), ec = e.countries.join(",");
  if ([...rc.split(",")].sort().join() !== [...ec.split(",")].sort().join()) lines.push(`countries ${rc} want ${ec}`);
  const got = r.participants.filter((p) => !p.titleOnly).map((p) => `${p.name}[${p.country}] «${p.title}»`);
  const want = e.participants.map((p) => `${p.name}[${p.country}] «${p.title}»`);
  if (got.join() !== want.join()) lines.push(`people ${got.join("; ")}\n      want ${want.join("; ")}`);
  if (r.notes.length) lines.push(`notes ${r.notes.join(" ")}`);
  if (lines.length) console.log(`${article.file}\n  ${lines.join("\n  ")}`);
}
