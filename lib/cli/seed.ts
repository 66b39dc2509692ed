/**
 * `npm run db:seed`: migrates the database (embedded unless DATABASE_URL is set), loads the
 * reference and demo data if it has no meetings, and with `--meetings N` adds N synthetic
 * meetings for benchmarks.
 *
 *   npm run db:seed -- --meetings 100000 [--seed 42] [--reset] [--report bench-results/seed.json]
 *
 * --seed     the same seed gives the same meetings (default 1)
 * --reset    first deletes every meeting, person, organisation, tag, revision and synthetic topic
 * --report   merges the timings into a JSON file (see lib/bench/seed-timing.ts)
 */
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { migrate } from "@/lib/database/migrate";
import { openDatabaseServer } from "@/lib/database/server";
import { seedDemoIfEmpty } from "@/prisma/seed/demo";
import { resetSeededData } from "@/prisma/seed/synthetic/reset";
import { loadSyntheticMeetings } from "@/prisma/seed/synthetic/load";
import { recordSeedBenchmark } from "@/prisma/seed/synthetic/report";

const log = (line: string) => console.log(line);

let args;
try {
  args = parseArgs({
    options: {
      meetings: { type: "string", default: "0" },
      seed: { type: "string", default: "1" },
      reset: { type: "boolean", default: false },
      report: { type: "string" },
    },
  }).values;
} catch (error) {
  console.error(`db:seed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const meetings = Number(args.meetings);
const seed = Number(args.seed);
if (!Number.isSafeInteger(meetings) || meetings < 0 || !Number.isSafeInteger(seed) || seed < 0) {
  console.error("db:seed: --meetings and --seed take whole numbers of 0 or more.");
  process.exit(2);
}

const server = await openDatabaseServer(env, log);
try {
  await migrate(server.url, { log });
  if (args.reset) {
    await resetSeededData(server.url);
    log("deleted all meetings, people, organisations, tags and revisions");
  }
  await seedDemoIfEmpty(server.url, { log, production: env.NODE_ENV === "production" });
  if (meetings > 0) {
    log(`adding ${meetings.toLocaleString("en")} synthetic meetings (seed ${seed}) …`);
    const result = await loadSyntheticMeetings(server.url, { meetings, seed, log });
    const { seconds } = result;
    log(
      `added ${meetings.toLocaleString("en")} meetings in ${seconds.total.toFixed(1)} s ` +
        `(${Math.round(meetings / seconds.total).toLocaleString("en")} meetings/s; copy ${seconds.copy.toFixed(1)} s, ` +
        `source vectors ${seconds.sources.toFixed(1)} s, meeting vectors ${seconds.meetingVectors.toFixed(1)} s, ` +
        `indexes ${seconds.indexes.toFixed(1)} s, analyze ${seconds.analyze.toFixed(1)} s)`,
    );
    if (args.report) await recordSeedBenchmark(args.report, server.url, result);
  }
} catch (error) {
  console.error(`db:seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await server.close();
}
