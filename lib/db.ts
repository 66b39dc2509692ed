import "server-only";
import { createPrismaClient, type Database } from "@/lib/database/client";
import { env, requireDatabaseUrl } from "@/lib/env";

// One client per process, kept on globalThis so development reloads do not open new pools.
// Created on first use: `next build` imports this module without a database to talk to.
const globalForDb = globalThis as unknown as { parleyDb?: Database };

function client(): Database {
  globalForDb.parleyDb ??= createPrismaClient(requireDatabaseUrl(), {
    max: env.PARLEY_DB_POOL_SIZE,
    statementTimeoutMs: env.PARLEY_STATEMENT_TIMEOUT_MS,
    connectionTimeoutMs: env.PARLEY_DB_CONNECT_TIMEOUT_MS,
    statementLog: env.PARLEY_STATEMENT_LOG,
  });
  return globalForDb.parleyDb;
}

/** The app's Prisma client. Server-only: import it from lib/ data functions, never from UI. */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const instance = client();
    const value: unknown = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});
