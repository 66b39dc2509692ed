/**
 * `npm run db:backup [-- --out FILE]`: a consistent backup of Parley's database (DATABASE_URL,
 * or the embedded one, running or not) to a gzip file readable by its owner only.
 * Format and reasons: lib/database/backup.ts. Default file: backups/parley-<timestamp>.backup.gz.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { backupDatabase } from "@/lib/database/backup";
import { openDatabaseServer } from "@/lib/database/server";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const file = path.resolve(values.out ?? `backups/parley-${new Date().toISOString().replaceAll(":", "-")}.backup.gz`);
mkdirSync(path.dirname(file), { recursive: true });

const server = await openDatabaseServer(env, (line) => console.log(line), { attachToRunning: true });
try {
  const started = Date.now();
  const tables = await backupDatabase(server.url, file);
  const rows = tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(`Backed up ${tables.length} tables, ${rows} rows, to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await server.close();
}
