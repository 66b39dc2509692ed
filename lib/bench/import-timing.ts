// `npm run bench:import -- --rows 100000`: imports a synthetic leaders' visits file of that many
// rows (date, leader, title, country visited, city, purpose) through the page's own job — staged,
// dry run, run through the meeting write path — into the bench database, and writes
// bench-results/import-<rows>.json: rows/s per phase, peak and sampled RSS (flat memory or not),
// and the load average (the machine is shared: say so beside any figure). The report is rewritten
// every 30 s while it runs, marked incomplete, so a run cut short still leaves what it measured.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "csv-stringify/sync";
import { openBenchDatabase } from "@/lib/bench/database";
import { round } from "@/lib/bench/timing";

const root = path.resolve(import.meta.dirname, "../..");
const log = (line: string) => console.log(`bench:import: ${line}`);

function parseOptions() {
  const { values } = parseArgs({ options: { rows: { type: "string", default: "100000" }, concurrency: { type: "string", default: "" }, "batch-size": { type: "string", default: "" }, "row-by-row": { type: "boolean", default: false } } });
  const rows = Number(values.rows);
  if (!Number.isSafeInteger(rows) || rows < 1 || rows > 100_000) throw new Error("--rows takes a whole number from 1 to 100,000 (an import's cap).");
  return { rows, concurrency: values.concurrency ? Number(values.concurrency) : undefined, batchSize: values["batch-size"] ? Number(values["batch-size"]) : undefined, setWise: !values["row-by-row"] };
}

const COUNTRIES = ["France", "Germany", "China", "India", "Brazil", "Japan", "Türkiye", "Azerbaijan", "Kazakhstan", "Egypt", "Nigeria", "Mexico", "Canada", "Italy", "Spain", "Poland", "Indonesia", "Vietnam", "Saudi Arabia", "South Africa"];
const TITLES = ["President", "Prime Minister", "Minister of Foreign Affairs", "King", "Chancellor", "Vice President"];
const PURPOSES = ["State visit", "Official visit", "Working visit", "Summit", "Bilateral talks on energy", "Trade and investment forum"];

/** A visits dataset as the public ones are: a few hundred leaders travelling over twenty-five years, each row its own visit. */
function syntheticVisits(rows: number, run: string): Buffer {
  const lines: string[][] = [["Date", "Leader", "Title", "Country visited", "City", "Purpose"]];
  for (let i = 0; i < rows; i += 1) {
    const leader = `Leader ${i % 500} ${run}`;
    const day = new Date(Date.UTC(2000, 0, 1) + ((i * 7919) % 9131) * 86_400_000).toISOString().slice(0, 10);
    lines.push([day, leader, TITLES[i % TITLES.length]!, COUNTRIES[(i * 7) % COUNTRIES.length]!, `City ${i % 97}`, `${PURPOSES[i % PURPOSES.length]} ${i}`]);
  }
  return Buffer.from(stringify(lines));
}

async function main() {
  const options = parseOptions();
  const loadAverageAtStart = os.loadavg();
  const bench = await openBenchDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL, dataDir: path.join(root, ".data"), meetings: 10_000, seed: 1, log });
  try {
    process.env.DATABASE_URL = bench.url;
    // Loading the demo seed may have read the environment already, without the bench's URL.
    const { env } = await import("@/lib/env");
    env.DATABASE_URL = bench.url;
    // After DATABASE_URL is set: lib/db opens its pool on the bench's database.
    const { db } = await import("@/lib/db");
    const { importAsOperator } = await import("@/lib/import/operator");
    const { RUN_BATCH_SIZE, RUN_CONCURRENCY, RUN_CHUNK_SIZE, RUN_CHUNK_CONCURRENCY } = await import("@/lib/import/runner");

    // A suffix per run: every row is new content, so no run finds an earlier one's meetings.
    const run = Date.now().toString(36);
    const bytes = syntheticVisits(options.rows, run);
    log(`${options.rows.toLocaleString("en")} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MB`);

    const rss: { atSeconds: number; phase: string; done: number; rssMb: number }[] = [];
    let peakRss = process.memoryUsage().rss;
    let maxLoad = os.loadavg()[0]!;
    const started = performance.now();
    const phases: Record<string, { seconds: number; rowsPerSecond: number; statements?: number; statementsPerRow?: number }> = {};
    // With PARLEY_STATEMENT_LOG set, every statement sent is a line there: a phase's share per row does not depend on the load.
    const statementLog = process.env.PARLEY_STATEMENT_LOG;
    const statementsSoFar = () => (statementLog && existsSync(statementLog) ? readFileSync(statementLog, "utf8").split("\n").length - 1 : 0);
    let phaseStatements = statementsSoFar();
    const endPhase = (now: number) => {
      const statements = statementsSoFar();
      phases[phase] = { seconds: round((now - phaseStarted) / 1000), rowsPerSecond: round(options.rows / ((now - phaseStarted) / 1000)), ...(statementLog ? { statements: statements - phaseStatements, statementsPerRow: Math.round(((statements - phaseStatements) / options.rows) * 1000) / 1000 } : {}) };
      phaseStatements = statements;
    };
    let phaseStarted = started;
    let phase = "staging";
    let done = 0;
    const sample = setInterval(() => {
      const now = process.memoryUsage().rss;
      peakRss = Math.max(peakRss, now);
      maxLoad = Math.max(maxLoad, os.loadavg()[0]!);
      rss.push({ atSeconds: round((performance.now() - started) / 1000), phase, done, rssMb: Math.round(now / 2 ** 20) });
    }, 5_000);

    const report = (complete: boolean, outcome: unknown = null) => ({
      about: "A synthetic leaders' visits file imported through the import job (lib/bench/import-timing.ts): staged, dry run, run through the meeting write path in batches. The machine is shared by other work: read the load averages beside every figure.",
      complete,
      measuredAt: new Date().toISOString(),
      command: `npm run bench:import -- --rows ${options.rows}${options.setWise ? "" : " --row-by-row"}`,
      machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverageAtStart, loadAverageNow: os.loadavg(), loadAverage1mMax: maxLoad },
      rows: options.rows,
      path: options.setWise ? "set-wise chunks (createMeetings)" : "row by row (writeMeetingRecord)",
      batchSize: options.batchSize ?? (options.setWise ? RUN_CHUNK_SIZE : RUN_BATCH_SIZE),
      concurrency: options.concurrency ?? (options.setWise ? RUN_CHUNK_CONCURRENCY : RUN_CONCURRENCY),
      seconds: round((performance.now() - started) / 1000),
      phases,
      rowsDoneInCurrentPhase: complete ? null : { phase, done },
      overallRowsPerSecond: complete ? round(options.rows / ((performance.now() - started) / 1000)) : null,
      peakRssMb: Math.round(peakRss / 2 ** 20),
      rssSamples: rss,
      outcome,
    });
    mkdirSync(path.join(root, "bench-results"), { recursive: true });
    const file = path.join(root, "bench-results", `import-${options.rows}${options.setWise ? "" : "-row-by-row"}.json`);
    const write = (complete: boolean, outcome?: unknown) => writeFileSync(file, `${JSON.stringify(report(complete, outcome), null, 2)}\n`);
    const writer = setInterval(() => write(false), 30_000);

    const summary = await importAsOperator({
      file: { name: `bench-visits-${run}.csv`, bytes },
      actorId: null,
      run: { batchSize: options.batchSize, concurrency: options.concurrency, setWise: options.setWise },
      onProgress: (current, count, total) => {
        if (current !== phase) {
          const now = performance.now();
          endPhase(now);
          phase = current;
          phaseStarted = now;
        }
        done = count;
        log(`${current}: ${count.toLocaleString("en")} of ${total.toLocaleString("en")}`);
      },
    });
    const now = performance.now();
    endPhase(now);
    clearInterval(sample);
    clearInterval(writer);
    write(true, { plans: summary.plans, ...summary.outcome });
    log(`done in ${round((now - started) / 1000)} s: ${JSON.stringify(summary.outcome)}; wrote ${path.relative(root, file)}`);
    await db.$disconnect();
  } finally {
    await bench.close();
  }
}

await main();
