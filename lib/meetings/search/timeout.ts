export { isStatementTimeout } from "@/lib/database/errors";

/**
 * Longest a table query may run before it is called too broad (the analyst is waiting). Set per
 * transaction, below the pool-wide statement_timeout, so a broad search ends with a message
 * beside the search box rather than holding a connection.
 */
export const SEARCH_TIMEOUT_MS = 5000;
