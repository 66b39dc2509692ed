// `npm run bench:merge -- --merged 30000`: merges a person who took part in that many meetings
// into another, batch by batch, while an "analyst" saves one of those meetings every quarter of a
// second; then undoes it. Writes bench-results/merge-<merged>.json. Run it alone: the figures are
// wall-clock times on a shared two-core machine.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openBenchDatabase } from "@/lib/bench/database";
import { round, summarise } from "@/lib/bench/timing";

const root = path.resolve(import.meta.dirname, "../..");
const log = (line: string) => console.log(`bench:merge: ${line}`);

function parseOptions() {
  const { values } = parseArgs({ options: { merged: { type: "string", default: "30000" }, "batch-size": { type: "string", default: "" }, seed: { type: "string", default: "1" } } });
  const merged = Number(values.merged);
  if (!Number.isSafeInteger(merged) || merged < 1) throw new Error("--merged takes a whole number of 1 or more.");
  return { merged, batchSize: values["batch-size"] ? Number(values["batch-size"]) : undefined, seed: Number(values.seed) };
}

/** Two people of the bench's own: the duplicate takes the first seat of `merged` meetings. */
async function setUp(url: string, merged: number): Promise<{ fromId: string; intoId: string; actorId: string; meetingIds: string[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const suffix = Date.now().toString(36);
    const people = await client.query<{ id: string }>(
      `INSERT INTO "Person" ("id", "name", "countryCode", "updatedAt") VALUES (gen_random_uuid(), $1, 'AZ', now()), (gen_random_uuid(), $2, 'AZ', now()) RETURNING "id"::text AS "id"`,
      [`Bench Duplicate ${suffix}`, `Bench Kept ${suffix}`],
    );
    const [fromId, intoId] = people.rows.map((r) => r.id) as [string, string];
    // Bench data only, written before the merge starts: the duplicate in the first seat of the
    // newest `merged` live meetings (the analyst below saves them), as a person met that often would be.
    const moved = await client.query<{ meetingId: string }>(
      `UPDATE "Participation" p SET "personId" = $1::uuid FROM (
         SELECT DISTINCT ON ("meetingId") "id" FROM "Participation"
         WHERE "meetingId" IN (SELECT "id" FROM "Meeting" WHERE "deletedAt" IS NULL ORDER BY "id" DESC LIMIT $2) ORDER BY "meetingId", "position") first
       WHERE p."id" = first."id" RETURNING p."meetingId"::text AS "meetingId"`,
      [fromId, merged],
    );
    // An analyst of the bench's own, with no way to sign in: the revisions need an actor.
    const actorId = `bench-merge-${suffix}`;
    await client.query(`INSERT INTO "user" ("id", "name", "email", "role") VALUES ($1, 'Bench analyst', $2, 'analyst')`, [actorId, `${actorId}@bench.parley.example`]);
    return { fromId, intoId, actorId, meetingIds: moved.rows.map((r) => r.meetingId) };
  } finally {
    await client.end();
  }
}

async function main() {
  const options = parseOptions();
  const loadAverageAtStart = os.loadavg();
  const bench = await openBenchDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL, dataDir: path.join(root, ".data"), meetings: options.merged, seed: options.seed, log });
  try {
    process.env.DATABASE_URL = bench.url;
    // After DATABASE_URL is set: lib/db opens its pool on the bench's database.
    const { db } = await import("@/lib/db");
    const { runMeetingWork } = await import("@/lib/meetings/write/unit-of-work");
    const { startMergeJob, startUndoJob, readMergeJob } = await import("@/lib/entities/merge-jobs/jobs");
    const { runMergeJob, MERGE_BATCH_SIZE } = await import("@/lib/entities/merge-jobs/runner");
    const { personMergePlan } = await import("@/lib/people/merge");
    const batchSize = options.batchSize ?? MERGE_BATCH_SIZE;

    const { fromId, intoId, actorId, meetingIds } = await setUp(bench.url, options.merged);
    log(`merging a person in ${meetingIds.length.toLocaleString("en")} meetings, ${batchSize} per batch`);

    // An analyst saving one of the merged meetings every 250 ms: how long each save waits for it.
    const saves: number[] = [];
    const failedSaves: string[] = [];
    let saving = true;
    const analyst = (async () => {
      while (saving) {
        const id = meetingIds[Math.floor(Math.random() * meetingIds.length)]!;
        const started = performance.now();
        try {
          await runMeetingWork(db, actorId, async (unit) => {
            await unit.lock(id, { expectedVersion: "current" });
            unit.changed(id, "UPDATE");
          });
          saves.push(performance.now() - started);
        } catch (error) {
          failedSaves.push(String(error).split("\n").find((line) => line.trim()) ?? "error");
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();

    async function timeJob(start: () => Promise<string>) {
      const started = performance.now();
      const jobId = await start();
      const startMs = performance.now() - started;
      const batches: number[] = [];
      for (;;) {
        const before = performance.now();
        const job = await runMergeJob(jobId, { batchSize, maxBatches: 1 });
        batches.push(performance.now() - before);
        if (job?.status !== "RUNNING") break;
      }
      const job = (await readMergeJob(jobId))!;
      return { status: job.status, meetingsMoved: job.moved, meetingsVisited: job.done, seconds: round((performance.now() - started) / 1000), startMs: round(startMs), batch: summarise(batches) };
    }

    const merge = await timeJob(() => startMergeJob(personMergePlan, fromId, intoId, actorId));
    log(`merge: ${merge.seconds} s, batch p95 ${merge.batch.p95Ms} ms`);
    const undo = await timeJob(() => startUndoJob(personMergePlan, fromId, actorId));
    log(`undo: ${undo.seconds} s, batch p95 ${undo.batch.p95Ms} ms`);
    saving = false;
    await analyst;

    const report = {
      about: "A merge of a person in --merged meetings and its undo, in batches, while an analyst saves one of those meetings every 250 ms (lib/bench/merge-timing.ts). Batch: the time one batch holds its meetings' locks. Saves: how long each save took, waiting included.",
      measuredAt: new Date().toISOString(),
      command: `npm run bench:merge -- --merged ${options.merged}${options.batchSize ? ` --batch-size ${options.batchSize}` : ""}`,
      machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverageAtStart, loadAverageAtEnd: os.loadavg() },
      batchSize,
      merge,
      undo,
      saves: { ...summarise(saves), failed: failedSaves.length, failures: [...new Set(failedSaves)].slice(0, 5) },
    };
    mkdirSync(path.join(root, "bench-results"), { recursive: true });
    const file = path.join(root, "bench-results", `merge-${options.merged}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    log(`wrote ${path.relative(root, file)}`);
    await db.$disconnect();
  } finally {
    await bench.close();
  }
}

await main();
