import { readdirSync } from "node:fs";
import path from "node:path";
import type { Database } from "@/lib/database/client";

/**
 * Test support: every exported server action and route handler under app/, found by walking the
 * folder, so a new endpoint is covered by the access, fuzz and hostile-input tests the moment it
 * exists. Keys read `<path under app>#<export>`.
 */
const appDir = path.resolve(import.meta.dirname, "../../app");
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

export type Endpoint = (...args: unknown[]) => Promise<unknown>;

function findEndpointFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findEndpointFiles(full);
    return entry.name === "actions.ts" || entry.name === "route.ts" ? [full] : [];
  });
}

export async function discoverEndpoints(): Promise<Map<string, Endpoint>> {
  const found = new Map<string, Endpoint>();
  for (const file of findEndpointFiles(appDir)) {
    const relative = path.relative(appDir, file).split(path.sep).join("/");
    const exported = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value !== "function") continue;
      if (relative.endsWith("route.ts") && !HTTP_METHODS.has(name)) continue;
      found.set(`${relative}#${name}`, value as Endpoint);
    }
  }
  return found;
}

/**
 * How a table keyed by endpoint (a rule, a scenario, a probe per action) falls short: the
 * endpoints it has no row for, and its rows for endpoints that are gone. Both must be empty.
 */
export function tableGaps(endpoints: Map<string, Endpoint>, table: Record<string, unknown>): { missing: string[]; stale: string[] } {
  return {
    missing: [...endpoints.keys()].filter((key) => !(key in table)),
    stale: Object.keys(table).filter((key) => !endpoints.has(key)),
  };
}

/**
 * A fingerprint of every table's content (minus `except`): a refused call must leave it unchanged.
 * One statement for all tables (each table's digest taken by query_to_xml inside it): the access
 * and fuzz tests take about 3,000 fingerprints per run, and one round trip per table made them
 * some 150,000 statements.
 */
export async function databaseFingerprint(db: Database, except: string[] = []): Promise<string> {
  const tables = await db.$queryRaw<{ name: string; digest: string | null }[]>`
    SELECT tablename AS name,
           (xpath('/row/digest/text()', query_to_xml(
             format('SELECT md5(string_agg(t::text, %L ORDER BY t::text)) AS digest FROM %I.%I t', '|', schemaname, tablename),
             false, true, '')))[1]::text AS digest
      FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
       AND tablename <> ALL(${except}::text[]) ORDER BY tablename`;
  return tables.map(({ name, digest }) => `${name}:${digest ?? "empty"}`).join("\n");
}

/** Where a server action redirected to (Next throws a NEXT_REDIRECT error), or null. */
export function redirectTarget(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT")) return null;
  return digest.split(";")[2] ?? null;
}
