import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * Applies prisma/migrations without Prisma's schema engine (which cannot be downloaded here),
 * recording each in Prisma's own `_prisma_migrations` table so `prisma migrate deploy/status`
 * agree wherever the engine is available. An advisory lock makes concurrent starts safe.
 */

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

// Any fixed number: every Parley process that migrates takes this lock first.
const MIGRATION_LOCK_KEY = 7_270_736_912;

// Prisma's own definition of its bookkeeping table.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

// Runs a migration's SQL inside a function call, so the runner's transaction is the only one: a
// COMMIT, ROLLBACK or BEGIN in the file cannot end it early (PostgreSQL refuses transaction
// control inside a function), and the bookkeeping row and the file's changes commit or roll
// back together. Temporary: it lives and dies with this session.
const CREATE_APPLY_FUNCTION = `
CREATE OR REPLACE FUNCTION pg_temp.parley_apply_migration(script text) RETURNS void
LANGUAGE plpgsql AS $parley$ BEGIN EXECUTE script; END $parley$`;

// How PostgreSQL refuses a BEGIN/COMMIT/ROLLBACK run through EXECUTE (0A000 with this message)
// or inside a function's transaction (2D000, invalid_transaction_termination).
function isTransactionControl(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === "2D000" || (typeof message === "string" && message.includes("EXECUTE of transaction commands"));
}

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export async function migrate(
  url: string,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<{ applied: string[] }> {
  const log = options.log ?? (() => {});
  const migrations = readMigrations(options.dir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    await client.query(CREATE_APPLY_FUNCTION);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const done = new Map<string, AppliedRow>();
    for (const row of rows) {
      if (row.rolled_back_at) continue;
      if (!row.finished_at) {
        throw new Error(
          `Migration ${row.migration_name} failed earlier and was not resolved. Fix the database, ` +
            `then mark it rolled back or applied (see README: "Migrations").`,
        );
      }
      done.set(row.migration_name, row);
    }

    // Every applied migration must be the file it was: checked before anything is applied.
    for (const migration of migrations) {
      const previous = done.get(migration.name);
      if (previous && previous.checksum !== migration.checksum) {
        throw new Error(
          `Migration ${migration.name} was changed after it was applied to this database (its ` +
            `checksum differs), so the database may not match the code. Restore the file as it ` +
            `was (\`git log -p -- prisma/migrations/${migration.name}\`) and put the change in a ` +
            `new migration. Nothing was migrated.`,
        );
      }
    }

    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      log(`Applying migration ${migration.name} …`);
      const id = randomUUID();
      await client.query("BEGIN");
      try {
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
          [id, migration.checksum, migration.name],
        );
        await client.query("SELECT pg_temp.parley_apply_migration($1)", [migration.sql]);
        await client.query(
          `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
          [id],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        const reason = error instanceof Error ? error.message : String(error);
        const controlsTransactions = isTransactionControl(error);
        throw new Error(
          `Migration ${migration.name} failed and was rolled back: ${reason}` +
            (controlsTransactions
              ? `. Remove its BEGIN/COMMIT/ROLLBACK: Parley runs each migration in one transaction of its own.`
              : ""),
        );
      }
      applied.push(migration.name);
    }
    return { applied };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
