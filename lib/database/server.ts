import path from "node:path";
import type { Env } from "@/lib/env";
import { createDatabase, databaseExists, withDatabaseName } from "@/lib/database/admin";
import { existsSync, readFileSync } from "node:fs";
import {
  EmbeddedAlreadyRunningError,
  passwordFileFor,
  startEmbeddedPostgres,
} from "@/lib/database/embedded";

export interface DatabaseServer {
  /** URL of the `parley` database (or exactly DATABASE_URL when one was given). */
  url: string;
  embedded: boolean;
  /** Stops the embedded server (nothing for DATABASE_URL); escalates to an immediate stop after `timeoutMs`. */
  close: (options?: { timeoutMs?: number }) => Promise<void>;
}

const APP_DATABASE = "parley";

/**
 * DATABASE_URL when set; otherwise the embedded server under PARLEY_DATA_DIR, with the `parley`
 * database created on first use.
 */
export async function openDatabaseServer(
  env: Pick<Env, "DATABASE_URL" | "PARLEY_DATA_DIR" | "PARLEY_DB_PORT">,
  log: (line: string) => void = () => {},
  options: { attachToRunning?: boolean } = {},
): Promise<DatabaseServer> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, embedded: false, close: async () => {} };
  }
  const clusterDir = path.join(env.PARLEY_DATA_DIR, "postgres");
  let server;
  try {
    server = await startEmbeddedPostgres({ clusterDir, port: env.PARLEY_DB_PORT, log });
  } catch (error) {
    // Backups run beside a running Parley: use its server (and leave it running).
    const attached = options.attachToRunning && error instanceof EmbeddedAlreadyRunningError && runningUrl(clusterDir);
    if (!attached) throw error;
    return { url: attached, embedded: true, close: async () => {} };
  }
  try {
    if (!(await databaseExists(server.url, APP_DATABASE))) {
      await createDatabase(server.url, APP_DATABASE);
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: withDatabaseName(server.url, APP_DATABASE), embedded: true, close: server.stop };
}

/** The URL of an embedded server already running on `clusterDir` (port from its postmaster.pid). */
function runningUrl(clusterDir: string): string | undefined {
  const passwordFile = passwordFileFor(clusterDir);
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(passwordFile) || !existsSync(pidFile)) return undefined;
  const port = Number(readFileSync(pidFile, "utf8").split("\n")[3]);
  const password = encodeURIComponent(readFileSync(passwordFile, "utf8").trim());
  return `postgresql://parley:${password}@127.0.0.1:${port}/${APP_DATABASE}`;
}
