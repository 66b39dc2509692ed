/** Longest a table query may run before it is called too broad (the analyst is waiting). */
export const SEARCH_TIMEOUT_MS = 5000;

/**
 * True for PostgreSQL's "canceling statement due to statement timeout" (SQLSTATE 57014), however
 * the driver and Prisma wrap it. To be replaced by lib/database/errors.ts once it lands on main.
 */
export function isStatementTimeout(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 6; depth++) {
    if (typeof current !== "object") break;
    const record = current as { code?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
    if (record.code === "57014") return true;
    if (typeof record.message === "string" && /57014|canceling statement due to statement timeout/.test(record.message)) return true;
    current = record.cause ?? record.meta;
  }
  return false;
}
