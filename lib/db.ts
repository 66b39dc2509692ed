import "server-only";
import { pgAdapter, prismaClientOver, type AdapterFactory, type Database, type PoolOptions } from "@/lib/database/client";
import { readSourceChooser } from "@/lib/database/replica-lsn";
import { requiredLsn } from "@/lib/database/replica-read-your-writes";
import { replicaRouter, shareAdapter } from "@/lib/database/replica-router";
import { env, requireDatabaseUrl } from "@/lib/env";
import { logger } from "@/lib/logger";

// The clients live on globalThis so development reloads do not open new pools. Created on first
// use: `next build` imports this module without a database to talk to.
const globalForDb = globalThis as unknown as { parleyDb?: Database; parleyReadDb?: Database; parleyPrimary?: AdapterFactory };

function poolOptions(): PoolOptions {
  return {
    max: env.PARLEY_DB_POOL_SIZE,
    statementTimeoutMs: env.PARLEY_STATEMENT_TIMEOUT_MS,
    connectionTimeoutMs: env.PARLEY_DB_CONNECT_TIMEOUT_MS,
    statementLog: env.PARLEY_STATEMENT_LOG,
  };
}

function primary(): AdapterFactory {
  globalForDb.parleyPrimary ??= shareAdapter(pgAdapter(requireDatabaseUrl(), poolOptions()));
  return globalForDb.parleyPrimary;
}

function client(): Database {
  globalForDb.parleyDb ??= prismaClientOver(primary(), poolOptions());
  return globalForDb.parleyDb;
}

// Without a replica, `readDb` is `db`: same client, same pool, no extra statement.
function readClient(): Database {
  const replicaUrl = env.PARLEY_DATABASE_REPLICA_URL;
  if (!replicaUrl) return client();
  if (!globalForDb.parleyReadDb) {
    const chooser = readSourceChooser({
      requiredLsn,
      log: (message, error) => logger.warn({ err: error }, message),
    });
    const router = replicaRouter({ primary: primary(), replica: pgAdapter(replicaUrl, poolOptions()), choose: chooser.choose, onReplicaTrouble: chooser.trouble });
    globalForDb.parleyReadDb = prismaClientOver(router, poolOptions());
  }
  return globalForDb.parleyReadDb;
}

function lazily(get: () => Database): Database {
  return new Proxy({} as Database, {
    get(_target, property) {
      const instance = get();
      const value: unknown = Reflect.get(instance, property, instance);
      return typeof value === "function" ? value.bind(instance) : value;
    },
  });
}

/** The app's Prisma client, on the primary. Server-only: import it from lib/ data functions, never from UI. */
export const db: Database = lazily(client);

/**
 * For read-only pages that may be served a moment behind the primary: the replica when
 * PARLEY_DATABASE_REPLICA_URL is set and has replayed this browser's own last save, else the
 * primary (decision 0047). Never for writes, sign-in, sessions, or reads that decide a write.
 */
export const readDb: Database = lazily(readClient);

/**
 * Where a read-only stream of its own (an export's cursor) connects: the replica when `readDb`
 * would read from it now (one statement asks readDb itself), else the primary.
 */
export async function readDatabaseUrl(): Promise<string> {
  const replicaUrl = env.PARLEY_DATABASE_REPLICA_URL;
  if (!replicaUrl) return requireDatabaseUrl();
  const [row] = await readDb.$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS "standby"`;
  return row?.standby ? replicaUrl : requireDatabaseUrl();
}
