/**
 * Scores extraction against the sample wire items (../shared/fixtures/articles.json) and the
 * project's development set (lib/extraction/dev-set/articles.json) and held-out set
 * (lib/extraction/holdout-set/articles.json) and web development set
 * (lib/extraction/web-dev-set/articles.json, items as agencies publish them on the web, with a
 * headline and more above the dateline): precision, recall and F1 per
 * field and overall, separately, plus milliseconds per 5 KB item. Writes
 * bench-results/extraction.json. Matching rules: lib/extraction/internal/evaluation/matching.ts.
 *
 *   npm run eval:extract [-- --fixtures <articles.json>] [--dev <articles.json>] [--holdout <articles.json>] [--web <articles.json>]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { existsSync } from "node:fs";
import { evaluateSet, loadExpected, millisecondsPer5KB, type EvaluatedSet } from "@/lib/extraction/evaluation/run-evaluation";
import { FIELDS } from "@/lib/extraction/evaluation/score";

const root = path.resolve(import.meta.dirname, "../../..");
const { values } = parseArgs({ options: { fixtures: { type: "string" }, dev: { type: "string" }, holdout: { type: "string" }, web: { type: "string" } } });
// The fixtures sit beside the main checkout (../shared); from a worktree they are one level further up.
const fixtureCandidates = [values.fixtures, path.resolve(root, "../shared/fixtures/articles.json"), path.resolve(root, "../../shared/fixtures/articles.json")];
const fixtures = fixtureCandidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
const dev = values.dev ?? path.join(root, "lib/extraction/dev-set/articles.json");

const percent = (value: number) => `${(value * 100).toFixed(1).padStart(5)}%`;

function print(set: EvaluatedSet) {
  console.log(`\n${set.name} (${set.articles.length} items, ${path.relative(root, set.file)})`);
  console.log(`  ${"field".padEnd(26)} precision   recall       F1`);
  for (const field of FIELDS) {
    const score = set.score.fields[field];
    if (!score) continue;
    const label = field === "participants" ? "participants (name+country)" : field;
    console.log(`  ${label.padEnd(26)} ${percent(score.precision)}   ${percent(score.recall)}   ${percent(score.f1)}`);
  }
  const overall = set.score.overall;
  console.log(`  ${"overall (micro)".padEnd(26)} ${percent(overall.precision)}   ${percent(overall.recall)}   ${percent(overall.f1)}`);
  console.log(`  ${"mean F1 over fields".padEnd(26)} ${" ".repeat(20)}${percent(set.score.meanF1)}`);
}

const sets: EvaluatedSet[] = [];
if (fixtures) sets.push(evaluateSet("Fixtures", fixtures)!);
else console.log("Fixtures not found (give --fixtures <articles.json>); scoring the development set only.");
const devSet = evaluateSet("Development set", dev);
if (devSet) sets.push(devSet);
// Written after the rules were tuned on the development set: an honest check on over-fitting.
const holdout = evaluateSet("Held-out set", values.holdout ?? path.join(root, "lib/extraction/holdout-set/articles.json"));
if (holdout) sets.push(holdout);
const web = evaluateSet("Web development set", values.web ?? path.join(root, "lib/extraction/web-dev-set/articles.json"));
if (web) sets.push(web);
for (const set of sets) print(set);

const texts = sets.flatMap((set) => loadExpected(set.file).map((item) => item.text));
const per5KB = millisecondsPer5KB(texts);
console.log(`\nExtraction of a 5 KB item: ${per5KB.toFixed(1)} ms (median of 25, one core)`);

const report = {
  generatedAt: new Date().toISOString(),
  command: "npm run eval:extract",
  machine: { cpu: os.cpus()[0]?.model ?? "unknown", cores: os.cpus().length, node: process.version, loadAverage: os.loadavg().map(round) },
  matching:
    "names folded (case, accents, punctuation), aliases count; titles and organisations match on word-set Dice >= 0.6 with countries as codes and no conflicting country; one-to-one; location and date exact; 'no place' for a call counts as right",
  millisecondsPer5KB: Number(per5KB.toFixed(2)),
  sets: sets.map((set) => ({
    name: set.name,
    file: path.relative(root, set.file),
    items: set.articles.length,
    fields: Object.fromEntries(
      Object.entries(set.score.fields).map(([field, score]) => [field, { precision: round(score.precision), recall: round(score.recall), f1: round(score.f1), ...score.counts }]),
    ),
    overall: { precision: round(set.score.overall.precision), recall: round(set.score.overall.recall), f1: round(set.score.overall.f1) },
    meanF1: round(set.score.meanF1),
    // Named people only; a participant counts as found when the name and the country are right.
    participantsWithRightCountry: {
      precision: round(set.score.fields.participants?.precision ?? 0),
      recall: round(set.score.fields.participants?.recall ?? 0),
    },
    articles: set.articles,
  })),
};

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

mkdirSync(path.join(root, "bench-results"), { recursive: true });
writeFileSync(path.join(root, "bench-results/extraction.json"), `${JSON.stringify(report, null, 2)}\n`);
console.log("Written to bench-results/extraction.json");
