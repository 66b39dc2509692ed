import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/database/embedded";

export interface TestServer {
  /** Admin URL of the server (its `postgres` database); tests make their own databases on it. */
  url: string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The server tests run against: DATABASE_URL when set (any PostgreSQL you point it at), else a
 * throw-away embedded cluster in a temporary folder on a free port, deleted afterwards.
 */
export async function startTestServer(databaseUrl: string | undefined): Promise<TestServer> {
  if (databaseUrl) return { url: databaseUrl, stop: async () => {} };
  const dir = mkdtempSync(path.join(tmpdir(), "parley-test-pg-"));
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as the `postgres` user and must reach it
  const server = await startEmbeddedPostgres({
    clusterDir: path.join(dir, "cluster"),
    port: await freePort(),
    persistent: false,
    // Tests provoke errors on purpose; only a server in trouble is worth printing.
    log: (line) => {
      if (/\b(FATAL|PANIC)\b/.test(line) && !/terminating connection due to administrator/.test(line)) console.error(line);
    },
  });
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A database name unique to this run, safe to drop by prefix afterwards. */
export function runDatabasePrefix(kind: string): string {
  return `parley_${kind}_${process.pid}_${Date.now().toString(36)}`;
}
