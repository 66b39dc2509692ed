import { chmodSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDatabase, databaseExists, dropDatabase, withDatabaseName } from "@/lib/database/admin";
import { startEmbeddedPostgres } from "@/lib/database/embedded";
import { migrate } from "@/lib/database/migrate";
import { freePort } from "@/lib/testing/test-server";
import { seedDemoIfEmpty } from "@/prisma/seed/demo";
import { loadSyntheticMeetings } from "@/prisma/seed/synthetic/load";

export interface BenchDatabase {
  url: string;
  /** Whether this run loaded the meetings (false: reused a complete earlier load). */
  loaded: boolean;
  loadSeconds: number | null;
  close: () => Promise<void>;
}

/**
 * The mark a finished load leaves on its database. A load that died half way leaves none, so the
 * next run starts that database again instead of benchmarking an unknown amount of data.
 */
const completeMark = (meetings: number, seed: number) => `parley bench: ${meetings} synthetic meetings, seed ${seed}, complete`;

/** True when the database holds a finished load of this size and seed (its mark and its count agree). */
async function isCompleteLoad(url: string, mark: string, meetings: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ mark: string | null; count: number }>(
      `SELECT shobj_description(oid, 'pg_database') AS mark, (SELECT count(*)::int FROM "Meeting") AS count
       FROM pg_database WHERE datname = current_database()`,
    );
    return rows[0]?.mark === mark && (rows[0]?.count ?? 0) >= meetings;
  } catch {
    return false; // not migrated yet: no "Meeting" table
  } finally {
    await client.end();
  }
}

async function writeMark(url: string, name: string, mark: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`COMMENT ON DATABASE "${name}" IS '${mark.replaceAll("'", "''")}'`);
  } finally {
    await client.end();
  }
}

/** What the table, search and entity pages read; their indexes come along. */
const PREWARMED_TABLES = ["Meeting", "MeetingMatch", "MeetingCountry", "Participation", "MeetingTopic", "MeetingTag", "Person", "Organization", "Country", "Topic", "Tag"];

/**
 * Reads the tables the pages use, and their indexes, into a freshly started server's cache
 * (pg_prewarm), so the first scenarios timed are not the ones that fill it: without this the
 * list scenarios ran while PostgreSQL spent its CPU faulting in 6 GB of cache. Only on the bench's
 * own server: an extension is not created on someone else's.
 */
async function prewarm(url: string, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_prewarm");
    const { rows } = await client.query<{ blocks: string }>(
      `WITH tables AS (SELECT unnest($1::text[]::regclass[]) AS oid)
       SELECT coalesce(sum(pg_prewarm(r.oid)), 0)::text AS blocks FROM (
         SELECT oid FROM tables UNION ALL SELECT indexrelid FROM pg_index WHERE indrelid IN (SELECT oid FROM tables)) r`,
      [PREWARMED_TABLES.map((table) => `"${table}"`)],
    );
    log(`cache warmed: ${Math.round((Number(rows[0]?.blocks ?? 0) * 8) / 1024)} MB in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await client.end();
  }
}

/** The server: DATABASE_URL's, or the bench's own persistent embedded cluster. */
async function openServer(databaseUrl: string | undefined, dataDir: string, log: (line: string) => void) {
  if (databaseUrl) return { url: databaseUrl, stop: async () => {} };
  const dir = path.resolve(dataDir, "bench");
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as the `postgres` user and must reach it
  const port = await freePort();
  // Sized as a server for a million meetings would be (a quarter of memory for its cache), not as
  // the demo's embedded default (128 MB): at a million meetings a search visits tens of thousands
  // of rows, and from 128 MB every visit was a read (bench-results/queries-1000000.json says which).
  const sharedBuffers = `${Math.floor(os.totalmem() / 4 / 2 ** 20)}MB`;
  log(`starting the bench's embedded PostgreSQL (data in ${dir}, shared_buffers ${sharedBuffers}) on port ${port}`);
  return startEmbeddedPostgres({ clusterDir: path.join(dir, "postgres"), port, log, settings: { shared_buffers: sharedBuffers } });
}

/**
 * A migrated database with the reference and demo data plus `meetings` synthetic meetings, kept
 * between runs (database `parley_bench_<meetings>`): a second run migrates it and reuses the data.
 */
export async function openBenchDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  meetings: number;
  seed: number;
  log: (line: string) => void;
}): Promise<BenchDatabase> {
  const { meetings, seed, log } = options;
  const server = await openServer(options.databaseUrl, options.dataDir, log);
  try {
    const name = `parley_bench_${meetings}`;
    const url = withDatabaseName(server.url, name);
    const mark = completeMark(meetings, seed);
    let loadSeconds: number | null = null;
    if ((await databaseExists(server.url, name)) && (await isCompleteLoad(url, mark, meetings))) {
      await migrate(url, { log });
      log(`reusing ${name}: ${meetings.toLocaleString("en")} synthetic meetings already loaded`);
    } else {
      await dropDatabase(server.url, name);
      await createDatabase(server.url, name);
      await migrate(url, { log });
      await seedDemoIfEmpty(url, { log, production: false });
      log(`loading ${meetings.toLocaleString("en")} synthetic meetings (seed ${seed}) into ${name} …`);
      loadSeconds = (await loadSyntheticMeetings(url, { meetings, seed, log })).seconds.total;
      await writeMark(server.url, name, mark);
    }
    if (!options.databaseUrl) await prewarm(url, log);
    return { url, loaded: loadSeconds !== null, loadSeconds, close: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
