import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { SerialClient } from "@/lib/database/internal/serial-client";
import { statementLoggingClient } from "@/lib/database/statement-log";

export interface PoolOptions {
  /** Connections in the pool. */
  max?: number;
  /** PostgreSQL cancels any statement running longer (its `statement_timeout`). Unset: unbounded. */
  statementTimeoutMs?: number;
  /** A caller waiting this long for a connection (a free pool slot or a new socket) gets an error. */
  connectionTimeoutMs?: number;
  /** Append every statement sent to this file (tests and benchmarks count a page's statements). */
  statementLog?: string;
}

/** node-postgres behind Prisma's adapter, bounded as `options` say; lib/db.ts shares one between its two clients. */
export function pgAdapter(connectionString: string, options: PoolOptions = {}) {
  return new PrismaPg({
    connectionString,
    max: options.max ?? 10,
    Client: options.statementLog ? statementLoggingClient(options.statementLog) : SerialClient,
    // Sent in the start-up packet, so it holds for every statement on the connection, including
    // those inside interactive transactions, with no extra round trip.
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    ...(options.connectionTimeoutMs ? { connectionTimeoutMillis: options.connectionTimeoutMs } : {}),
  });
}

/** What Prisma needs of a database: an adapter factory (Prisma's type; @prisma/adapter-pg is one). */
export type AdapterFactory = SqlDriverAdapterFactory;

/** A Prisma client over an adapter (one database, or lib/database/replica-router.ts's two). */
export function prismaClientOver(adapter: AdapterFactory, options: Pick<PoolOptions, "connectionTimeoutMs"> = {}) {
  // An interactive transaction first waits for a connection: as long as any other query would
  // (Prisma's own default, 2 s, turned a busy minute into error pages).
  const transactionOptions = options.connectionTimeoutMs ? { maxWait: options.connectionTimeoutMs } : undefined;
  return new PrismaClient({ adapter, transactionOptions });
}

/**
 * A Prisma client over node-postgres. The app's one instance lives in lib/db.ts and bounds every
 * statement and every wait for a connection, so no request can hold the pool; seeding and
 * maintenance scripts leave the bounds off because index builds legitimately run for minutes.
 */
export function createPrismaClient(connectionString: string, options: PoolOptions = {}) {
  return prismaClientOver(pgAdapter(connectionString, options), options);
}

export type Database = ReturnType<typeof createPrismaClient>;
