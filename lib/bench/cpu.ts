import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";

/**
 * CPU time spent by process trees, read from Linux's /proc. On a shared machine wall-clock times
 * swing with whatever else runs; the CPU a request costs the app and the database does not, so
 * the report gives both. Elsewhere (no /proc, or a database on another host) the figures are null.
 */

const TICK_MS = 10; // USER_HZ is 100 on every Linux PostgreSQL and Node run on

interface ProcStat {
  ppid: number;
  cpuMs: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    // The command name may contain spaces and parentheses; the fields after its last ")" do not.
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    // Own user + system time, plus that of waited-for children (short-lived workers).
    const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    return { ppid: Number(fields[1]), cpuMs: ticks * TICK_MS };
  } catch {
    return null;
  }
}

function allStats(): Map<number, ProcStat> {
  const stats = new Map<number, ProcStat>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = readStat(pid);
    if (stat) stats.set(pid, stat);
  }
  return stats;
}

/** `root` and all its live descendants, with their stats. */
function processTree(root: number): { pid: number; stat: ProcStat | undefined }[] {
  const stats = allStats();
  const children = new Map<number, number[]>();
  for (const [pid, stat] of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), pid]);
  const tree: { pid: number; stat: ProcStat | undefined }[] = [];
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    tree.push({ pid, stat: stats.get(pid) });
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** CPU milliseconds used so far by `root` and all its descendants (those still alive). */
export function treeCpuMs(root: number): number {
  return processTree(root).reduce((total, { stat }) => total + (stat?.cpuMs ?? 0), 0);
}

/** Resident memory (VmRSS) of `root` and its descendants now, in MB; null without /proc. */
export function treeRssMb(root: number): number | null {
  let kb = 0;
  for (const { pid } of processTree(root)) {
    try {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      kb += Number(match?.[1] ?? 0);
    } catch {
      if (pid === root) return null;
    }
  }
  return Math.round(kb / 102.4) / 10;
}

/** The PostgreSQL postmaster's pid when the server runs on this machine and /proc shows it, else null. */
export async function localPostmasterPid(url: string): Promise<number | null> {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "[::1]"].includes(host)) return null;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    const backend = rows[0] ? readStat(rows[0].pid) : null;
    return backend ? backend.ppid : null;
  } finally {
    await client.end();
  }
}
