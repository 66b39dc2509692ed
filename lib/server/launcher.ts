/**
 * `npm run dev` and `npm start`: one command that brings up the whole app. It opens the database
 * (embedded unless DATABASE_URL is set), migrates it, loads the demo data and the first admin on
 * first run, then runs Next.js with DATABASE_URL set.
 *
 * Shutdown is ordered: on SIGTERM or SIGINT (Ctrl-C) Next.js is asked to stop first and finishes
 * the requests in flight, then PostgreSQL stops; each step has a time limit after which it is
 * forced. package.json `exec`s this process, so a signal sent to `npm start` reaches it.
 * Exit code: 0 after a requested stop; non-zero when Next.js died on its own (a crash, or killed
 * by the kernel) or had to be killed.
 */
import { configuredAuthSecret, MISSING_PRODUCTION_SECRET } from "@/lib/auth/secret";
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { env } from "@/lib/env";
import { migrate } from "@/lib/database/migrate";
import { takeOverShutdownSignals } from "@/lib/database/embedded";
import { openDatabaseServer, type DatabaseServer } from "@/lib/database/server";
import { prepareFirstRun } from "@/prisma/seed/first-run";

// Next.js finishes in-flight requests on SIGTERM; a request still running after this is cut off.
const NEXT_STOP_TIMEOUT_MS = 25_000;
// PostgreSQL's fast shutdown; after this an immediate stop (recovered from the WAL on restart).
const DATABASE_STOP_TIMEOUT_MS = 20_000;

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("usage: node --import tsx lib/cli/run.ts dev|start");
  process.exit(2);
}

const log = (line: string) => console.log(`parley: ${line}`);
const require = createRequire(import.meta.url);
takeOverShutdownSignals();
// A closed stdout (the terminal or log collector went away) must not crash the launcher midway
// through an ordered stop and orphan Next.js.
process.stdout.on("error", () => {});
process.stderr.on("error", () => {});

let server: DatabaseServer | undefined;
// Set once Next.js is spawned; the shutdown path reads it.
const app: { next?: ChildProcess } = {};
let stopRequested = false;
let shuttingDown = false;

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Next's own exit after we asked it to stop: 0, or 128 + the signal we (or the terminal) sent. */
function stoppedAsAsked(child: ChildProcess): boolean {
  return [0, 130, 143].includes(child.exitCode ?? -1) || ["SIGTERM", "SIGINT"].includes(child.signalCode ?? "");
}

async function shutDown(reason: "signal" | "next-exited" | "failed"): Promise<never> {
  const next = app.next;
  if (shuttingDown) {
    // A second Ctrl-C or SIGTERM: do not make the operator wait for in-flight requests.
    if (next && next.exitCode === null && next.signalCode === null) next.kill("SIGKILL");
    return new Promise<never>(() => {});
  }
  shuttingDown = true;
  let exitCode = reason === "failed" ? 1 : 0;

  if (next) {
    if (reason === "signal" && next.exitCode === null && next.signalCode === null) {
      log("stopping: finishing requests in flight …");
      next.kill("SIGTERM");
    }
    if (!(await waitForExit(next, NEXT_STOP_TIMEOUT_MS))) {
      log(`Next.js did not stop within ${NEXT_STOP_TIMEOUT_MS / 1000} s; killing it.`);
      next.kill("SIGKILL");
      await waitForExit(next, 5_000);
      exitCode = 1;
    } else if (reason === "next-exited") {
      // Not asked to stop: it crashed, or something (the kernel's OOM killer) killed it.
      const how = next.signalCode ? `was killed by ${next.signalCode}` : `exited with code ${next.exitCode}`;
      log(`Next.js ${how} on its own; stopping.`);
      exitCode = next.signalCode ? 1 : (next.exitCode ?? 1);
    } else if (!stoppedAsAsked(next)) {
      exitCode = next.exitCode || 1;
    }
  }
  if (server) {
    await server.close({ timeoutMs: DATABASE_STOP_TIMEOUT_MS }).catch((error: unknown) => {
      log(`the database did not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
      exitCode ||= 1;
    });
    if (server.embedded) log("database stopped");
  }
  process.exit(exitCode);
}

let started = false;
function onSignal(signal: NodeJS.Signals) {
  stopRequested = true;
  // While starting, the current step (opening the database, a migration) finishes first, so
  // nothing is left half done and no PostgreSQL is left running; see the checks below.
  if (!started) log(`${signal} received while starting; stopping after the current step.`);
  else void shutDown("signal");
}
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);
process.on("SIGHUP", onSignal);

// A production server must not sign sessions with a key kept in the database it protects:
// refuse before anything starts rather than at the first sign-in.
if (mode === "start") {
  try {
    if (configuredAuthSecret() === null) throw new Error(MISSING_PRODUCTION_SECRET);
  } catch (error) {
    console.error(`parley: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

let databaseUrl = "";
try {
  server = await openDatabaseServer(env, log);
  databaseUrl = server.url;
  log(server.embedded ? `embedded PostgreSQL is up (data in ${env.PARLEY_DATA_DIR}/postgres)` : "using DATABASE_URL");
  if (stopRequested) await shutDown("signal");
  await migrate(server.url, { log });
  if (stopRequested) await shutDown("signal");
  await prepareFirstRun(server.url, { log, production: mode === "start", dataDir: env.PARLEY_DATA_DIR });
  if (stopRequested) await shutDown("signal");
} catch (error) {
  console.error(`parley: ${error instanceof Error ? error.message : String(error)}`);
  await shutDown("failed");
}

const next = spawn(
  process.execPath,
  // The watch makes Next.js stop when the launcher is killed outright and cannot stop it;
  // admission answers 503 at once past PARLEY_MAX_IN_FLIGHT requests instead of queueing them.
  [
    "--import",
    new URL("./exit-with-launcher.mjs", import.meta.url).href,
    "--import",
    new URL("./admission-preload.mjs", import.meta.url).href,
    require.resolve("next/dist/bin/next"),
    mode,
    "--port",
    String(env.PORT),
  ],
  {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", PARLEY_MAX_IN_FLIGHT: String(env.PARLEY_MAX_IN_FLIGHT) },
  },
);
app.next = next;
started = true;
next.on("exit", () => void shutDown(stopRequested ? "signal" : "next-exited"));
log(`serving http://localhost:${env.PORT}/meetings`);
