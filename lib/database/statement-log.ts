import { appendFileSync } from "node:fs";
import { SerialClient } from "@/lib/database/internal/serial-client";

/** One statement as a log line: its text with whitespace folded, so a line is a statement. */
export function statementLine(args: unknown[]): string {
  const [first] = args;
  const text = typeof first === "string" ? first : (first as { text?: unknown } | null)?.text;
  return `${String(text ?? "(unknown)").replace(/\s+/g, " ").trim()}\n`;
}

/**
 * A SerialClient that appends each statement it sends to `file` before sending it. For tests and
 * benchmarks that count a page's statements (PARLEY_STATEMENT_LOG): pg-pool's own connection
 * checks are not statements of a page, and Prisma's BEGIN and COMMIT are, so counting at the
 * driver counts what PostgreSQL is asked to do. Synchronous on purpose: a request that ends has
 * all its lines written.
 */
export function statementLoggingClient(file: string): typeof SerialClient {
  return class StatementLoggingClient extends SerialClient {
    override query(...args: unknown[]): never {
      appendFileSync(file, statementLine(args));
      return (super.query as (...a: unknown[]) => never)(...args);
    }
  };
}
