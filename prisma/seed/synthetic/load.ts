import pg from "pg";
import { createUuidV7Generator } from "@/prisma/seed/uuid";
import { copyBatch, DROP_STAGING, moveStagedBatch, STAGING_DDL } from "@/prisma/seed/synthetic/copy";
import { dropSecondaryIndexes, recreateIndexes, type IndexDefinition } from "@/prisma/seed/synthetic/indexes";
import { createMeetingGenerator } from "@/prisma/seed/synthetic/meetings";
import { preparePool } from "@/prisma/seed/synthetic/pool-store";
import { emptyBatch, type Batch } from "@/prisma/seed/synthetic/tables";

export interface SyntheticLoadOptions {
  meetings: number;
  seed: number;
  /** Meetings per COPY transaction. */
  batchSize?: number;
  /** Drop and rebuild secondary indexes around the load. Default: when the load at least
   * doubles the meeting table and adds 10,000 meetings or more. */
  rebuildIndexes?: boolean;
  log?: (line: string) => void;
}

export interface SyntheticLoadResult {
  meetings: number;
  rows: Record<keyof Batch, number>;
  rebuiltIndexes: boolean;
  /** Wall-clock seconds per phase. */
  seconds: { pool: number; copy: number; sources: number; meetingVectors: number; indexes: number; analyze: number; total: number };
}

// How many connections share the CPU-bound phases; the machines Parley is built on have two cores.
const WORKERS = 2;

const elapsed = (since: number) => (performance.now() - since) / 1000;

/** Runs `work` for each item over the clients, each client taking the next item when free. */
async function inParallel<T>(clients: pg.Client[], items: T[], work: (client: pg.Client, item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    clients.map(async (client) => {
      while (next < items.length) await work(client, items[next++]!);
    }),
  );
}

function progress(log: (line: string) => void, label: string, total: number, unit: string) {
  const started = performance.now();
  let lastLog = started;
  return (done: number) => {
    const now = performance.now();
    if (done < total && now - lastLog < 5_000) return;
    lastLog = now;
    const rate = done / Math.max((now - started) / 1000, 0.001);
    log(`  ${label}: ${done.toLocaleString("en")} / ${total.toLocaleString("en")} ${unit} (${Math.round(rate).toLocaleString("en")} ${unit}/s)`);
  };
}

/**
 * Adds `meetings` synthetic meetings (deterministic for a seed) to a migrated database holding
 * the reference data: COPY into the tables (sources and evidence into staging), then sources
 * moved into place and meeting vectors built over two connections, then indexes and ANALYZE.
 */
export async function loadSyntheticMeetings(url: string, options: SyntheticLoadOptions): Promise<SyntheticLoadResult> {
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? 2_000;
  const clients = Array.from({ length: WORKERS }, () => new pg.Client({ connectionString: url }));
  await Promise.all(clients.map((client) => client.connect()));
  const [main] = clients as [pg.Client, pg.Client];
  // A crash loses at most the last moments of a load that can be rerun; not worth a disk flush per batch.
  for (const client of clients) await client.query("SET synchronous_commit = off; SET maintenance_work_mem = '256MB'");

  const rows = { meeting: 0, meetingCountry: 0, participation: 0, meetingTopic: 0, meetingTag: 0, source: 0, evidence: 0 };
  const seconds = { pool: 0, copy: 0, sources: 0, meetingVectors: 0, indexes: 0, analyze: 0, total: 0 };
  const startedAll = performance.now();
  let dropped: IndexDefinition[] = [];
  try {
    let started = performance.now();
    const input = await preparePool(main, options.seed);
    seconds.pool = elapsed(started);
    log(`pool ready: ${input.pool.people.length} people, ${input.pool.organizations.length} organisations, ${input.tagIds.length} tags, ${input.topics.length} topics (${seconds.pool.toFixed(1)} s)`);

    const { rows: countRows } = await main.query<{ count: string }>(`SELECT count(*) FROM "Meeting"`);
    const existing = Number(countRows[0]!.count);
    const rebuild = options.rebuildIndexes ?? (options.meetings >= 10_000 && options.meetings >= existing);
    await main.query(STAGING_DDL);
    if (rebuild) {
      dropped = await dropSecondaryIndexes(main);
      log(`dropped ${dropped.length} secondary indexes for the load`);
    }

    // 1. COPY: generating the next batch overlaps with PostgreSQL ingesting the current one.
    started = performance.now();
    const generator = createMeetingGenerator(options.seed, input);
    const nextId = createUuidV7Generator();
    const batches = Math.ceil(options.meetings / batchSize);
    const meetingRanges: [string, string][] = [];
    const copied = progress(log, "copied", options.meetings, "meetings");
    let inFlight: Promise<void> = Promise.resolve();
    for (let b = 0; b < batches; b += 1) {
      const batch = emptyBatch();
      const count = Math.min(batchSize, options.meetings - b * batchSize);
      for (let i = 0; i < count; i += 1) {
        generator.generate(batch, b, nextId);
        if (i % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
      }
      const first = batch.meeting[0]!.slice(0, 36);
      const last = batch.meeting[batch.meeting.length - 1]!.slice(0, 36);
      meetingRanges.push([first, last]);
      for (const table of Object.keys(rows) as (keyof Batch)[]) rows[table] += batch[table].length;
      await inFlight;
      const done = b * batchSize + count;
      inFlight = copyBatch(main, batch).then(() => copied(done));
    }
    await inFlight;
    seconds.copy = elapsed(started);

    // 2. Sources into place, text vectors built by the trigger on both connections.
    started = performance.now();
    const moved = progress(log, "sources indexed for search", batches, "batches");
    let movedCount = 0;
    await inParallel(clients, Array.from({ length: batches }, (_, b) => b), async (client, b) => {
      await moveStagedBatch(client, b);
      moved(++movedCount);
    });
    await main.query(DROP_STAGING);
    seconds.sources = elapsed(started);

    // 3. Each new meeting's own weighted vector and its match vector, set-wise per batch. Fresh statistics first: the
    // vector function looks up participants, topics and tags per meeting, and without them the
    // planner may scan whole tables for each one.
    started = performance.now();
    await inParallel(clients, ["Participation", "MeetingCountry", "MeetingTopic", "MeetingTag", "Person", "PersonAlias", "Organization"], (client, table) =>
      client.query(`ANALYZE "${table}"`).then(() => {}),
    );
    const vectors = progress(log, "meeting vectors", batches, "batches");
    let vectorCount = 0;
    await inParallel(clients, meetingRanges, async (client, [first, last]) => {
      await client.query(`SELECT parley_refresh_search_vectors($1::uuid, $2::uuid)`, [first, last]);
      vectors(++vectorCount);
    });
    seconds.meetingVectors = elapsed(started);
  } finally {
    if (dropped.length > 0) {
      const started = performance.now();
      log(`rebuilding ${dropped.length} indexes …`);
      await recreateIndexes(clients, dropped, log);
      seconds.indexes = elapsed(started);
    }
    await main.query(DROP_STAGING).catch(() => {});
  }
  try {
    const started = performance.now();
    // The vector pass left one dead version of every new meeting row behind.
    await main.query(`VACUUM (ANALYZE) "Meeting"`);
    await inParallel(clients, ["Source", "Evidence", "MeetingCountry", "Participation", "MeetingTopic", "MeetingTag", "MeetingMatch"], (client, table) =>
      client.query(`ANALYZE "${table}"`).then(() => {}),
    );
    seconds.analyze = elapsed(started);
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
  seconds.total = elapsed(startedAll);
  return { meetings: options.meetings, rows, rebuiltIndexes: dropped.length > 0, seconds };
}
