/**
 * Measures the synthetic loader: for each size, a fresh database on a throw-away embedded
 * PostgreSQL (or on DATABASE_URL's server), migrated and demo-seeded, then N meetings added.
 * Figures go to bench-results/seed.json.
 *
 *   npx tsx lib/bench/seed-timing.ts [--meetings 10000,100000] [--seed 1]
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { createDatabase, dropDatabase } from "@/lib/database/admin";
import { migrate } from "@/lib/database/migrate";
import { runDatabasePrefix, startTestServer } from "@/lib/testing/test-server";
import { seedDemoIfEmpty } from "@/prisma/seed/demo";
import { loadSyntheticMeetings } from "@/prisma/seed/synthetic/load";
import { recordSeedBenchmark } from "@/prisma/seed/synthetic/report";

const { values } = parseArgs({
  options: { meetings: { type: "string", default: "10000,100000" }, seed: { type: "string", default: "1" } },
});
const sizes = values.meetings.split(",").map(Number);
const report = path.resolve(import.meta.dirname, "../../bench-results/seed.json");
const log = (line: string) => console.log(line);

const server = await startTestServer(env.DATABASE_URL);
try {
  for (const meetings of sizes) {
    const name = `${runDatabasePrefix("bench")}_${meetings}`;
    const url = await createDatabase(server.url, name);
    try {
      await migrate(url);
      await seedDemoIfEmpty(url, { log, production: false });
      log(`loading ${meetings.toLocaleString("en")} synthetic meetings …`);
      const result = await loadSyntheticMeetings(url, { meetings, seed: Number(values.seed), log });
      log(`${meetings.toLocaleString("en")} meetings: ${result.seconds.total.toFixed(1)} s`);
      await recordSeedBenchmark(report, url, result);
    } finally {
      await dropDatabase(server.url, name);
    }
  }
} finally {
  await server.stop();
}
