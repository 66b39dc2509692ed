// `npm run bench:ingest -- --items 200`: drafts that many wire items as one batch, the way the
// upload page's batch runs (the extraction pool, the dedup, the one write path), on the bench's
// database of --meetings synthetic meetings. Writes bench-results/ingest-<items>.json. The
// figures are wall-clock times on a shared two-core machine: the load average is recorded.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { benchIngestItems, ROUNDS_PER_RUN } from "@/lib/bench/ingest-items";
import { openBenchDatabase } from "@/lib/bench/database";
import { round } from "@/lib/bench/timing";

const root = path.resolve(import.meta.dirname, "../..");
const log = (line: string) => console.log(`bench:ingest: ${line}`);
const TARGET_SECONDS = 120;

function parseOptions() {
  const { values } = parseArgs({ options: { items: { type: "string", default: "200" }, meetings: { type: "string", default: "10000" }, seed: { type: "string", default: "1" } } });
  const items = Number(values.items);
  const meetings = Number(values.meetings);
  if (!Number.isSafeInteger(items) || items < 1 || items > 500) throw new Error("--items takes a whole number from 1 to 500 (a batch's cap).");
  if (!Number.isSafeInteger(meetings) || meetings < 1) throw new Error("--meetings takes a whole number of 1 or more.");
  return { items, meetings, seed: Number(values.seed) };
}

async function benchAnalyst(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // An analyst of the bench's own, with no way to sign in: the drafts' revisions need an actor.
    const id = `bench-ingest-${Date.now().toString(36)}`;
    await client.query(`INSERT INTO "user" ("id", "name", "email", "role") VALUES ($1, 'Bench analyst', $2, 'analyst')`, [id, `${id}@bench.parley.example`]);
    return id;
  } finally {
    await client.end();
  }
}

async function main() {
  const options = parseOptions();
  const bench = await openBenchDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL, dataDir: path.join(root, ".data"), meetings: options.meetings, seed: options.seed, log });
  try {
    process.env.DATABASE_URL = bench.url;
    // After DATABASE_URL is set: lib/db opens its pool on the bench's database.
    const { db } = await import("@/lib/db");
    const { extractInPool, extractionPool } = await import("@/lib/extraction/pool/extraction-pool");
    const { unsafeCreateIngestBatch } = await import("@/lib/ingest/start-batch");
    const { runIngestBatch } = await import("@/lib/ingest/runner");

    const actorId = await benchAnalyst(bench.url);
    const warmStarted = performance.now();
    // The worker loads once per server process, long before a batch: not part of the drafting.
    await extractInPool("Warm up.", {});
    const warmUpMs = performance.now() - warmStarted;

    // Each run's meetings years apart from every earlier run's on this database: none is another's account.
    const yearShift = (await db.ingestBatch.count()) * ROUNDS_PER_RUN;
    const items = benchIngestItems(root, options.items, yearShift);
    const loadAverages: number[][] = [os.loadavg()];
    const sampler = setInterval(() => loadAverages.push(os.loadavg()), 5_000);
    const started = performance.now();
    const batchId = await unsafeCreateIngestBatch(`Bench ${options.items} items`, items, actorId);
    const storedMs = performance.now() - started;
    const progress = await runIngestBatch(batchId);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    loadAverages.push(os.loadavg());
    if (progress?.status !== "DONE") throw new Error(`The batch ended ${progress?.status}: ${progress?.message}`);
    log(`${options.items} items drafted in ${round(seconds)} s (target ${TARGET_SECONDS} s)`);

    const report = {
      about:
        "One batch of --items invented wire items (extraction's development sets; every fifth a second outlet's copy of the item before, lib/bench/ingest-items.ts) drafted as the upload page's batch is: each item read on the extraction pool (two ahead), checked for the same meeting among live meetings and the batch's drafts, and saved through the one write path, one unit of work per item (lib/ingest/runner.ts). Seconds: from storing the batch to its last item, the pool's one-off warm-up apart. The machine is shared with other agents' work: the load averages sampled every 5 s say how busy it was.",
      measuredAt: new Date().toISOString(),
      command: `npm run bench:ingest -- --items ${options.items} --meetings ${options.meetings}`,
      machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, shared: true },
      loadAverage: { atStart: loadAverages[0], atEnd: loadAverages.at(-1), max1m: Math.max(...loadAverages.map((l) => l[0]!)) },
      existingMeetings: options.meetings,
      items: options.items,
      seconds: round(seconds),
      targetSeconds: TARGET_SECONDS,
      withinTarget: seconds <= TARGET_SECONDS,
      perItemMs: round((seconds * 1000) / options.items),
      storeBatchMs: round(storedMs),
      poolWarmUpMs: round(warmUpMs),
      outcome: { drafted: progress.drafted, addedToDraft: progress.addedToDraft, proposed: progress.proposed, skipped: progress.skipped, failed: progress.failed },
    };
    mkdirSync(path.join(root, "bench-results"), { recursive: true });
    const file = path.join(root, "bench-results", `ingest-${options.items}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    log(`wrote ${path.relative(root, file)}`);
    await extractionPool().close();
    await db.$disconnect();
  } finally {
    await bench.close();
  }
}

await main();
