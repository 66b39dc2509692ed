import { AppError } from "@/lib/errors";

/**
 * The two ways the database refuses to be held by one request, recognised in one place:
 * PostgreSQL cancelled a statement that ran past `statement_timeout` (SQLSTATE 57014,
 * query_canceled), or no pool connection came free within the connection timeout. Prisma wraps
 * driver errors differently for raw and generated queries, so both shapes are checked.
 */

const QUERY_CANCELED = "57014";

// node-postgres' pool and client, and Prisma's transaction start, when no connection comes free.
const POOL_TIMEOUT_MESSAGES = [
  "timeout exceeded when trying to connect",
  "Connection terminated due to connection timeout",
  "Unable to start a transaction in the given time",
];

function sqlStates(error: unknown, depth = 0): string[] {
  if (depth > 5 || error === null || typeof error !== "object") return [];
  const record = error as {
    code?: unknown;
    originalCode?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  const own = [record.code, record.originalCode].filter((code): code is string => typeof code === "string");
  return [
    ...own,
    ...sqlStates(record.cause, depth + 1),
    ...sqlStates(record.meta?.driverAdapterError, depth + 1),
  ];
}

function messages(error: unknown, depth = 0): string[] {
  if (depth > 5 || !(error instanceof Error)) return [];
  return [error.message, ...messages(error.cause, depth + 1)];
}

/** PostgreSQL cancelled the statement because it ran past `statement_timeout`. */
export function isStatementTimeout(error: unknown): boolean {
  return (
    sqlStates(error).includes(QUERY_CANCELED) ||
    messages(error).some((message) => message.includes("canceling statement due to statement timeout"))
  );
}

/**
 * Prisma ended an interactive transaction that ran past its `timeout`: the statement after the
 * deadline fails with this, whatever the statement timeout allowed each statement.
 */
export function isTransactionExpired(error: unknown): boolean {
  return messages(error).some((message) => message.includes("on an expired transaction"));
}

/** No database connection came free in time (the pool is busy with other requests). */
export function isPoolTimeout(error: unknown): boolean {
  return messages(error).some((message) => POOL_TIMEOUT_MESSAGES.some((known) => message.includes(known)));
}

/**
 * The analyst-facing error for a database that was too busy or a request that asked too much;
 * undefined for anything else (rethrow those). Search code may word its own "search too broad".
 */
export function databaseLimitError(error: unknown): AppError | undefined {
  if (isStatementTimeout(error)) {
    return new AppError("conflict", "This took too long and was stopped. Narrow it down and try again.", {
      internal: "statement_timeout (57014)",
      cause: error,
    });
  }
  if (isPoolTimeout(error)) {
    return new AppError("conflict", "Parley is busy right now. Try again in a moment.", {
      internal: "no database connection came free within PARLEY_DB_CONNECT_TIMEOUT_MS",
      cause: error,
    });
  }
  return undefined;
}

/** Rethrows a database limit as its AppError, anything else unchanged. */
export function rethrowDatabaseLimit(error: unknown): never {
  throw databaseLimitError(error) ?? error;
}
