import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { PassThrough, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { migrate, readMigrations } from "@/lib/database/migrate";

/**
 * Parley's own logical backup: no pg_dump is needed. The embedded PostgreSQL (18) ships without
 * pg_dump, and a distribution's older pg_dump refuses a newer server, so the backup is PostgreSQL's
 * COPY output of every table, read in one repeatable-read snapshot, gzip-compressed:
 *
 *   {"format":"parley-backup",...header...}\n
 *   {"table":"Meeting","columns":[...]}\n  <COPY text rows>  \.\n   (once per table)
 *
 * COPY's text format escapes newlines and backslashes, so a line that is exactly `\.` only ever
 * ends a table. The schema is not in the file: restore builds it by running the same migrations,
 * and refuses a backup made at another migration.
 */

const FORMAT = "parley-backup";
const END_OF_TABLE = "\\.";

interface Header {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  migrations: string[];
  sequences: { name: string; value: string | null }[];
}

export interface TableSummary {
  table: string;
  rows: number;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Every table Parley owns, parents before the tables that reference them. */
async function tablesInLoadOrder(client: pg.Client): Promise<{ table: string; columns: string[] }[]> {
  const { rows: tables } = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
      ORDER BY table_name`,
  );
  const { rows: references } = await client.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public' AND c.conrelid <> c.confrelid`,
  );
  const unquote = (name: string) => name.replace(/^"(.*)"$/, "$1");
  const parents = new Map<string, Set<string>>(tables.map((row) => [row.table_name, new Set<string>()]));
  for (const { child, parent } of references) parents.get(unquote(child))?.add(unquote(parent));
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const parent of parents.get(table) ?? []) visit(parent, path);
    ordered.push(table);
  };
  for (const table of parents.keys()) visit(table, new Set());

  const result = [];
  for (const table of ordered) {
    const { rows } = await client.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER'
        ORDER BY ordinal_position`,
      [table],
    );
    result.push({ table, columns: rows.map((row) => row.column_name) });
  }
  return result;
}

/** Writes a consistent backup of the database at `url` to `file`. */
export async function backupDatabase(url: string, file: string): Promise<TableSummary[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
  const write = (text: string) =>
    new Promise<void>((resolve) => (gzip.write(text) ? resolve() : gzip.once("drain", () => resolve())));
  const summary: TableSummary[] = [];
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows: applied } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations"
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const { rows: sequences } = await client.query<{ name: string; value: string | null }>(
      `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'`,
    );
    const header: Header = {
      format: FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      migrations: applied.map((row) => row.migration_name),
      sequences,
    };
    await write(`${JSON.stringify(header)}\n`);
    for (const { table, columns } of await tablesInLoadOrder(client)) {
      await write(`${JSON.stringify({ table, columns })}\n`);
      let rows = 0;
      const counter = new PassThrough();
      counter.on("data", (chunk: Buffer) => {
        for (const byte of chunk) if (byte === 10) rows++;
      });
      const copy = client.query(
        copyTo(`COPY ${quote(table)} (${columns.map(quote).join(", ")}) TO STDOUT`),
      );
      await pipeline(copy, counter, new Writable({
        write(chunk: Buffer, _encoding, done) {
          if (gzip.write(chunk)) done();
          else gzip.once("drain", () => done());
        },
      }));
      await write(`${END_OF_TABLE}\n`);
      summary.push({ table, rows });
    }
    await client.query("COMMIT");
  } finally {
    gzip.end();
    await written;
    await client.end();
  }
  return summary;
}

/** Whether any of Parley's tables holds a row (restoring over it would lose data). */
export async function databaseHasData(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    );
    for (const { table_name } of rows) {
      const result = await client.query(`SELECT 1 FROM ${quote(table_name)} LIMIT 1`);
      if (result.rowCount) return true;
    }
    return false;
  } finally {
    await client.end();
  }
}

export class RestoreRefusedError extends Error {}

/**
 * Restores a backup into the database at `url`: refuses one that holds data unless `force`
 * (which then empties it), builds the schema with the migrations, and loads every table in one
 * transaction, so a failed restore leaves the database as empty as it was.
 */
export async function restoreDatabase(
  url: string,
  file: string,
  options: { force?: boolean; log?: (line: string) => void } = {},
): Promise<TableSummary[]> {
  const log = options.log ?? (() => {});
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await iterator.next();
    return done ? undefined : (value as string);
  };

  const header = JSON.parse((await next()) ?? "{}") as Partial<Header>;
  if (header.format !== FORMAT || header.version !== 1) {
    throw new RestoreRefusedError(`${file} is not a Parley backup (made by \`npm run db:backup\`).`);
  }
  const known = readMigrations().map((migration) => migration.name);
  if (JSON.stringify(header.migrations) !== JSON.stringify(known)) {
    throw new RestoreRefusedError(
      `This backup was made at a different schema version (${header.migrations?.at(-1) ?? "none"}) ` +
        `than this Parley (${known.at(-1)}). Restore it with the Parley version that made it, then upgrade.`,
    );
  }
  if (await databaseHasData(url)) {
    if (!options.force) {
      throw new RestoreRefusedError(
        "The target database already holds data; restoring would replace all of it. " +
          "Back it up first, then run again with --force to replace it.",
      );
    }
    log("--force: emptying the target database …");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("DROP SCHEMA public CASCADE");
      await client.query("CREATE SCHEMA public");
    } finally {
      await client.end();
    }
  }
  await migrate(url, { log });

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const summary: TableSummary[] = [];
  try {
    await client.query("BEGIN");
    // Triggers (search vectors, append-only history) and foreign keys are not re-checked for rows
    // that were valid when backed up; this needs a superuser (the embedded server's user is one).
    await client.query("SET LOCAL session_replication_role = replica").catch(async () => {
      await client.query("ROLLBACK");
      await client.query("BEGIN");
      log("not a superuser: loading tables in dependency order with triggers on (slower)");
    });
    const { rows: existing } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    );
    for (const { table_name } of existing) await client.query(`DELETE FROM ${quote(table_name)}`);

    for (let line = await next(); line !== undefined; line = await next()) {
      const { table, columns } = JSON.parse(line) as { table: string; columns: string[] };
      const copy = client.query(copyFrom(`COPY ${quote(table)} (${columns.map(quote).join(", ")}) FROM STDIN`));
      const rowsIn = new PassThrough();
      const loaded = pipeline(rowsIn, copy);
      let rows = 0;
      for (let row = await next(); row !== END_OF_TABLE; row = await next()) {
        if (row === undefined) throw new Error(`${file} ends in the middle of table ${table}: it is incomplete.`);
        rows++;
        if (!rowsIn.write(`${row}\n`)) await new Promise((resolve) => rowsIn.once("drain", resolve));
      }
      rowsIn.end();
      await loaded;
      summary.push({ table, rows });
    }
    for (const { name, value } of header.sequences ?? []) {
      if (value !== null) await client.query(`SELECT setval($1, $2::bigint)`, [quote(name), value]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return summary;
}

