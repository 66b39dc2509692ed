import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { passwordFileFor } from "@/lib/database/embedded";
import { killLeftovers, startApp, type AppProcess } from "@/lib/testing/app-process";
import { ensureProductionBuild } from "@/lib/testing/production-build";
import { freePort } from "@/lib/testing/test-server";

export interface EmbeddedAppDrill {
  app: AppProcess;
  /** The app's embedded PostgreSQL cluster and its port, to stop, kill or restart it directly. */
  clusterDir: string;
  dbPort: number;
  /** The app's own database, with the generated password it keeps beside the cluster. */
  databaseUrl: () => string;
}

/**
 * For a drill on the real `npm start` with its own embedded PostgreSQL (shutdown, crash): builds
 * the app once before the file's tests, gives the app a throw-away data folder, and kills whatever
 * a failed drill left running. Call at the top of the test file; call `start` inside a test.
 */
export function embeddedAppDrill(name: string, admin: { email: string; password: string }) {
  let distDir = "";
  beforeAll(() => {
    distDir = ensureProductionBuild();
  }, 900_000);

  const dataDir = mkdtempSync(path.join(tmpdir(), `parley-${name}-`));
  chmodSync(dataDir, 0o755); // as root, the embedded server's `postgres` user must reach it
  let running: AppProcess | undefined;
  afterAll(() => {
    killLeftovers(running); // only when the test failed before its own stop
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Ports as given (a restart on the same configuration), else free ones. */
  return async function start(ports: { port?: number; dbPort?: number } = {}): Promise<EmbeddedAppDrill> {
    const dbPort = ports.dbPort ?? (await freePort());
    const app = await startApp({
      port: ports.port ?? (await freePort()),
      env: {
        PARLEY_NEXT_DIST_DIR: distDir,
        PARLEY_DATA_DIR: dataDir,
        PARLEY_DB_PORT: String(dbPort),
        PARLEY_AUTH_SECRET: `${name}-drill-secret-0123456789-abcdefghijk`,
        PARLEY_ADMIN_EMAIL: admin.email,
        PARLEY_ADMIN_PASSWORD: admin.password,
      },
    });
    running = app;
    const clusterDir = path.join(dataDir, "postgres");
    const databaseUrl = () => {
      const password = readFileSync(passwordFileFor(clusterDir), "utf8").trim();
      return `postgresql://parley:${password}@127.0.0.1:${dbPort}/parley`;
    };
    return { app, clusterDir, dbPort, databaseUrl };
  };
}
