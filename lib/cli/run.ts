/**
 * `npm run dev` and `npm start`: one command that brings up the whole app. It opens the database
 * (embedded unless DATABASE_URL is set), migrates it, loads the demo data and the first admin on
 * first run, then runs Next.js with DATABASE_URL set, and shuts everything down cleanly on
 * Ctrl-C or SIGTERM.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { env } from "@/lib/env";
import { migrate } from "@/lib/database/migrate";
import { openDatabaseServer, type DatabaseServer } from "@/lib/database/server";
import { prepareFirstRun } from "@/prisma/seed/first-run";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("usage: tsx lib/cli/run.ts dev|start");
  process.exit(2);
}

const log = (line: string) => console.log(`parley: ${line}`);
const require = createRequire(import.meta.url);

let server: DatabaseServer;
try {
  server = await openDatabaseServer(env, log);
} catch (error) {
  console.error(`parley: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
log(server.embedded ? `embedded PostgreSQL is up (data in ${env.PARLEY_DATA_DIR}/postgres)` : "using DATABASE_URL");

await migrate(server.url, { log });
await prepareFirstRun(server.url, { log, production: mode === "start" });

const next = spawn(
  process.execPath,
  [require.resolve("next/dist/bin/next"), mode, "--port", String(env.PORT)],
  {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: server.url, NEXT_TELEMETRY_DISABLED: "1" },
  },
);
log(`serving http://localhost:${env.PORT}/meetings`);

let stopping = false;
async function shutDown(exitCode: number) {
  if (stopping) return;
  stopping = true;
  if (next.exitCode === null) next.kill("SIGTERM");
  await new Promise((resolve) => (next.exitCode === null ? next.once("exit", resolve) : resolve(null)));
  await server.close();
  process.exit(exitCode);
}

process.on("SIGINT", () => void shutDown(0));
process.on("SIGTERM", () => void shutDown(0));
next.on("exit", (code) => void shutDown(code ?? 0));
