import { isStatementTimeout, isTransactionExpired } from "@/lib/database/errors";

/**
 * Longest a table query may run before it is called too broad (the analyst is waiting). Set per
 * transaction, below the pool-wide statement_timeout, so a broad search ends with a message
 * beside the search box rather than holding a connection.
 */
export const SEARCH_TIMEOUT_MS = 5000;

/**
 * The table's transactions (rows, total and snippets; facet counts) as a whole get the same time
 * as one statement: without it, a search whose rows took 4 s and whose count took 2 s ran past
 * Prisma's own 5 s transaction limit and showed the error panel instead of "too broad".
 */
export const SEARCH_TRANSACTION = { isolationLevel: "RepeatableRead", timeout: SEARCH_TIMEOUT_MS } as const;

/** The database stopped a table query for taking too long: one statement, or its whole transaction. */
export function isSearchTimeout(error: unknown): boolean {
  return isStatementTimeout(error) || isTransactionExpired(error);
}
