/**
 * The replica drill (docs/operations.md, "A read replica"): `npx tsx lib/cli/standby.ts --dir
 * .data-standby --port 54330` makes a streaming standby of Parley's database (the embedded one or
 * DATABASE_URL's, on this machine, as a superuser) in `--dir`, or starts the one already there,
 * prints the PARLEY_DATABASE_REPLICA_URL to give Parley, and runs until Ctrl-C.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabaseServer } from "@/lib/database/server";
import { makeStandby, startStandby } from "@/lib/database/standby";
import { env } from "@/lib/env";

const { values } = parseArgs({ options: { dir: { type: "string", default: ".data-standby" }, port: { type: "string", default: "54330" }, slot: { type: "string", default: "parley_standby" } } });
const standbyDir = path.resolve(values.dir);

const server = await openDatabaseServer(env, (line) => console.log(line), { attachToRunning: true });
try {
  if (!existsSync(standbyDir)) {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const primaryDir = (await client.query<{ data_directory: string }>("SHOW data_directory")).rows[0]!.data_directory;
    await client.end();
    console.log(`Copying ${primaryDir} to ${standbyDir} (low-level backup API, slot ${values.slot}) …`);
    await makeStandby({ primaryUrl: server.url, primaryDir, standbyDir, slot: values.slot });
  }
  const standby = await startStandby({ standbyDir, port: Number(values.port), primaryUrl: server.url, log: console.error });
  console.log(`Standby running. Start Parley with:\n  PARLEY_DATABASE_REPLICA_URL=${standby.url}`);
  console.log(`Ctrl-C stops it. To remove it: delete ${standbyDir} and run SELECT pg_drop_replication_slot('${values.slot}') on the primary.`);
  await new Promise<void>((resolve) => process.once("SIGINT", () => resolve()));
  await standby.stop();
} finally {
  await server.close();
}
