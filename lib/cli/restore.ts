/**
 * `npm run db:restore -- FILE [--force]`: restores a backup made by `npm run db:backup` into
 * DATABASE_URL or the embedded database. Refuses a database that holds data unless --force
 * (which replaces everything in it). Stop Parley first: its sessions and caches would be stale.
 */
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { RestoreRefusedError, restoreDatabase } from "@/lib/database/backup";
import { openDatabaseServer } from "@/lib/database/server";

const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });
const file = positionals[0];
if (!file) {
  console.error("usage: npm run db:restore -- FILE [--force]");
  process.exit(2);
}

const server = await openDatabaseServer(env, (line) => console.log(line));
try {
  const tables = await restoreDatabase(server.url, file, { force: values.force, log: (line) => console.log(line) });
  const rows = tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(`Restored ${tables.length} tables, ${rows} rows, from ${file}.`);
} catch (error) {
  console.error(`${error instanceof RestoreRefusedError ? "Refused" : "Restore failed"}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await server.close();
}
