import path from "node:path";
import type { Env } from "@/lib/env";
import { createDatabase, databaseExists, withDatabaseName } from "@/lib/database/admin";
import { startEmbeddedPostgres } from "@/lib/database/embedded";

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
): Promise<DatabaseServer> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, embedded: false, close: async () => {} };
  }
  const server = await startEmbeddedPostgres({
    clusterDir: path.join(env.PARLEY_DATA_DIR, "postgres"),
    port: env.PARLEY_DB_PORT,
    log,
  });
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
