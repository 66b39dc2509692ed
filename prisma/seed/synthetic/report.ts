import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { SyntheticLoadResult } from "@/prisma/seed/synthetic/load";

/** Merges one load's figures into a JSON report (one entry per meeting count, newest wins). */
export async function recordSeedBenchmark(file: string, url: string, result: SyntheticLoadResult): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let database;
  try {
    const { rows } = await client.query<{ version: string; size: string; meetings: string }>(
      `SELECT current_setting('server_version') AS version, pg_size_pretty(pg_database_size(current_database())) AS size,
              (SELECT count(*) FROM "Meeting")::text AS meetings`,
    );
    database = { postgres: rows[0]!.version, size: rows[0]!.size, meetingsAfterLoad: Number(rows[0]!.meetings) };
  } finally {
    await client.end();
  }
  const entry = {
    meetings: result.meetings,
    measuredAt: new Date().toISOString(),
    // The load average says whether other work shared the machine during the run.
    machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverage1m: Number(os.loadavg()[0]!.toFixed(1)) },
    database,
    rebuiltIndexes: result.rebuiltIndexes,
    rows: result.rows,
    seconds: Object.fromEntries(Object.entries(result.seconds).map(([phase, value]) => [phase, Number(value.toFixed(1))])),
    meetingsPerSecond: Math.round(result.meetings / result.seconds.total),
  };
  const existing = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { runs?: (typeof entry)[] }) : {};
  const runs = (existing.runs ?? []).filter((run) => run.meetings !== result.meetings);
  runs.push(entry);
  runs.sort((a, b) => a.meetings - b.meetings);
  mkdirSync(path.dirname(file), { recursive: true });
  const report = {
    about: "Synthetic data load times (lib/bench/seed-timing.ts or npm run db:seed -- --meetings N --report <file>). Rows are the synthetic rows added; seconds are wall-clock per phase.",
    runs,
  };
  // Written whole, then renamed: an interrupted run never leaves half a report.
  writeFileSync(`${file}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}
