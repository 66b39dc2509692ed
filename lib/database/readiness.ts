import "server-only";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";

export type Readiness = { ready: true } | { ready: false; reason: "database unreachable" | "migrations pending" };

// The migrations this build expects, read once: files do not change under a running server.
// Relative to the working directory (where `npm start` runs), because the bundled module no
// longer sits in lib/database; lib/database/migrate.ts reads the same folder the same way.
let expected: string[] | undefined;
function expectedMigrations(): string[] {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  expected ??= readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name);
  return expected;
}

/**
 * Whether this instance can serve requests: the database answers and has every migration this
 * build knows of. Only the verdict and a fixed reason leave this function, never error text.
 */
export async function checkReadiness(): Promise<Readiness> {
  let applied: Set<string>;
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = new Set(rows.map((row) => row.migration_name));
  } catch {
    return { ready: false, reason: "database unreachable" };
  }
  const pending = expectedMigrations().filter((name) => !applied.has(name));
  return pending.length === 0 ? { ready: true } : { ready: false, reason: "migrations pending" };
}
