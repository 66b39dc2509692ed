import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractSuggestions } from "@/lib/extraction/extract";
import type { Evidence, ExtractionResult } from "@/lib/extraction/types";
import { rulesOnly } from "@/lib/extraction/internal/test-options";

const demoFolder = path.resolve(import.meta.dirname, "../../prisma/seed/demo-articles");
const devFolder = path.resolve(import.meta.dirname, "dev-set/articles");
const holdoutFolder = path.resolve(import.meta.dirname, "holdout-set/articles");
const webFolder = path.resolve(import.meta.dirname, "web-dev-set/articles");

function allEvidence(result: ExtractionResult): { field: string; evidence: Evidence }[] {
  const out: { field: string; evidence: Evidence }[] = [];
  const push = (field: string, evidence: Evidence | null | undefined) => {
    if (evidence) out.push({ field, evidence });
  };
  push("date", result.date?.evidence);
  push("location", result.location?.evidence);
  push("kind", result.kind.evidence);
  for (const c of result.countries) push(`country ${c.code}`, c.evidence);
  for (const p of result.participants) {
    push(`participant ${p.name}`, p.evidence);
    for (const a of p.aliases) push(`alias ${a.name}`, a.evidence);
  }
  for (const o of result.organizations) push(`organisation ${o.name}`, o.evidence);
  for (const t of result.topics) push(`topic ${t.name}`, t.evidence);
  for (const t of result.tags) push(`tag ${t.value}`, t.evidence);
  for (const o of result.outcomes) push(`outcome ${o.value}`, o.evidence);
  return out;
}

const texts = [demoFolder, devFolder, holdoutFolder, webFolder].flatMap((folder) =>
  readdirSync(folder)
    .filter((file) => file.endsWith(".txt"))
    .map((file) => ({ file, text: readFileSync(path.join(folder, file), "utf8") })),
);

describe("evidence", () => {
  it.each(texts)("quotes exactly the span it points to, for every suggestion on $file", ({ text }) => {
    const result = extractSuggestions(text, rulesOnly("2025-01-01"));
    const evidence = allEvidence(result);
    expect(evidence.length).toBeGreaterThan(5);
    for (const { field, evidence: span } of evidence) {
      expect(span.start, field).toBeGreaterThanOrEqual(0);
      expect(span.end, field).toBeGreaterThan(span.start);
      expect(text.slice(span.start, span.end), field).toBe(span.quote);
    }
    expect(result.date?.evidence).not.toBeNull();
  });

  it("points into the pasted HTML itself, not a cleaned copy", () => {
    const html = '<p><b>BAKU</b>, Azerbaijan, April 2. Speaker of the Azerbaijani Parliament, <a href="#">Sahiba Gafarova</a>, met Chinese Ambassador Wei Lan.</p>';
    const result = extractSuggestions(html, rulesOnly("2024-04-02"));
    for (const { field, evidence } of allEvidence(result)) expect(html.slice(evidence.start, evidence.end), field).toBe(evidence.quote);
    expect(result.participants.map((p) => p.name)).toEqual(expect.arrayContaining(["Wei Lan"]));
  });
});

describe("odd input", () => {
  const odd: [string, string][] = [
    ["empty text", ""],
    ["only spaces", "   \n\t  "],
    ["no sentences", "the of and , , ; -- ( ) [ ]"],
    ["another script", "Президент Казахстана провёл переговоры с премьер-министром Японии в Астане. 習近平會見了來訪的總統。"],
    ["emoji and lone surrogates", "🙂🙂 \ud800 Minister 🙂 met \udfff President"],
    ["a pasted web page", "<!doctype html><html><head><style>p{color:red}</style><script>var x = '<p>';</script></head><body><p>TOKYO (Kyodo) -- Japanese Prime Minister Hiroshi Tanabe met&nbsp;Indonesian President Bambang Wirasatya.</p></body></html>"],
    ["one word", "BAKU"],
    ["a dateline only", "MOSCOW, March 3. /TASS/."],
    ["unbalanced brackets", "((( [[[ Minister of ( Foreign Affairs ]]] ))) Aibek Nurlanov ((("],
    ["control characters", "Minister\u0000of\u0007Foreign Affairs\u001b Aibek Nurlanov"],
  ];
  it.each(odd)("returns suggestions without throwing for %s", (_label, text) => {
    const result = extractSuggestions(text, rulesOnly("2025-01-01"));
    expect(result.kind.value).toBeTruthy();
    for (const { evidence } of allEvidence(result)) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
  });

  it("reads only the beginning of 1 MB of text, and says so", () => {
    const article = readFileSync(path.join(demoFolder, "02-beijing-vice-premier.txt"), "utf8");
    const text = article + "\n\n" + "Lorem ipsum dolor sit amet. ".repeat(40_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    const result = extractSuggestions(text, rulesOnly("2024-03-14"));
    expect(result.notes.join(" ")).toMatch(/first 30,000 characters/);
    expect(result.participants.map((p) => p.name)).toContain("Zhang Weiming");
  });

  it("does not throw for input that is not a string", () => {
    expect(extractSuggestions(undefined as unknown as string).participants).toEqual([]);
  });

  it("stops at the time limit and says so", () => {
    const text = readFileSync(path.join(demoFolder, "01-baku-gafarova-liu.txt"), "utf8");
    const result = extractSuggestions(text, { publishedOn: "2024-04-02", timeLimitMs: -1 });
    expect(result.notes.join(" ")).toMatch(/time limit/);
    expect(result.participants).toEqual([]);
  });

  it("falls back to the published date, without evidence, when the text gives none", () => {
    const result = extractSuggestions("The foreign ministers discussed trade.", rulesOnly("2025-06-12"));
    expect(result.date).toEqual({ value: "2025-06-12", precision: "DAY", evidence: null });
  });
});
