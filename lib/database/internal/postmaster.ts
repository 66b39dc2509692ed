import { existsSync, readdirSync, readFileSync, realpathSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * Set in the environment of every PostgreSQL Parley starts: the pid of the process that started
 * it. A postmaster whose parent is no longer that process was left behind by a launcher killed
 * with `kill -9` (or the OOM killer); one whose parent still is belongs to a running Parley.
 */
export const OWNER_VARIABLE = "PARLEY_POSTMASTER_OWNER";

/** What the cluster's postmaster.pid says about the server on this data folder. */
export type Postmaster =
  | { state: "none" }
  /** Started by a process that still runs it: another Parley, a backup, a benchmark. */
  | { state: "running"; pid: number }
  /** Ours by its data folder, but the process that started it is gone. */
  | { state: "left-behind"; pid: number }
  /** The file names a live process that is not a PostgreSQL on this folder: the pid was reused. */
  | { state: "stale"; pid: number };

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return undefined;
  }
}

/** The pid exists: running, or a zombie (exited, not yet collected by its parent). */
function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's. (Only root runs PostgreSQL as another user, and root may signal it.)
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function processRuns(pid: number): boolean {
  const stat = readProc(pid, "stat");
  return pidExists(pid) && !(stat && /^\S+ \(.*\) Z/.test(stat));
}

/**
 * PostgreSQL processes working in the cluster's folder: its server processes all do. Checked before
 * a stale postmaster.pid is removed, since the file is also what keeps a new server from starting
 * beside backends a killed postmaster left running.
 */
function processesInFolder(clusterDir: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const program = path.basename((readProc(Number(entry), "cmdline") ?? "").split("\0")[0] ?? "");
      // A shell an operator left in the folder is no server.
      if (program === "postgres" && sameFolder(`/proc/${entry}/cwd`, clusterDir)) found.push(Number(entry));
    } catch {
      // ended while we looked, or not ours to read
    }
  }
  return found;
}

function sameFolder(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** The postmaster's own view: its working folder (PostgreSQL changes into its data folder) and `-D`. */
function runsOnFolder(pid: number, clusterDir: string): boolean | undefined {
  if (!existsSync("/proc/self")) return undefined; // no /proc (macOS): cannot tell
  let cwd: string | undefined;
  try {
    cwd = realpathSync(`/proc/${pid}/cwd`);
  } catch {
    cwd = undefined;
  }
  const args = (readProc(pid, "cmdline") ?? "").split("\0");
  const dataFlag = args.indexOf("-D");
  const dataArg = dataFlag >= 0 ? args[dataFlag + 1] : undefined;
  const isPostgres = path.basename(args[0] ?? "") === "postgres";
  return isPostgres && ((cwd !== undefined && sameFolder(cwd, clusterDir)) || (dataArg !== undefined && sameFolder(dataArg, clusterDir)));
}

function ownerOf(pid: number): number | undefined {
  const environment = readProc(pid, "environ")?.split("\0") ?? [];
  const owner = Number(environment.find((entry) => entry.startsWith(`${OWNER_VARIABLE}=`))?.split("=")[1]);
  return Number.isInteger(owner) && owner > 0 ? owner : undefined;
}

function parentOf(pid: number): number | undefined {
  const stat = readProc(pid, "stat");
  return stat ? Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) : undefined;
}

/**
 * Reads `clusterDir/postmaster.pid` (line 1 the pid, line 2 the data folder) and checks the
 * process it names. Without /proc, a live pid counts as running, as before this check existed.
 */
export function findPostmaster(clusterDir: string): Postmaster {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return { state: "none" };
  const [pidLine, dataLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  // A dead pid: PostgreSQL itself sees the file is stale and recovers.
  if (!Number.isInteger(pid) || pid <= 0 || !pidExists(pid)) return { state: "none" };
  const onFolder = runsOnFolder(pid, clusterDir);
  if (onFolder === undefined) return { state: "running", pid };
  if (!onFolder || !dataLine || !sameFolder(dataLine, clusterDir)) {
    const inFolder = processesInFolder(clusterDir);
    return inFolder.length > 0 ? { state: "running", pid: inFolder[0] ?? pid } : { state: "stale", pid };
  }
  const owner = ownerOf(pid);
  // Unknown owner (started before this check, or by hand): leave it to the operator, as before.
  if (owner === undefined || parentOf(pid) === owner) return { state: "running", pid };
  return { state: "left-behind", pid };
}

/**
 * PostgreSQL itself refuses to start while postmaster.pid names any live process, so a file naming
 * another program (its pid reused after a crash) is removed; that program is left alone.
 */
export function removeStalePidFile(clusterDir: string): void {
  rmSync(path.join(clusterDir, "postmaster.pid"), { force: true });
}

// Not unref'd: while the launcher waits for the old server, nothing else keeps Node running.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function exited(pid: number, timeoutMs: number): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(100)) {
    if (!processRuns(pid)) return true;
  }
  return !processRuns(pid);
}

/**
 * Stops a postmaster we did not start (it is not our child, so there is no exit event to wait
 * for): a fast shutdown (SIGINT: sessions ended, a checkpoint written), then after `timeoutMs` an
 * immediate one (SIGQUIT: recovered from the WAL at the next start).
 */
export async function stopLeftBehind(pid: number, timeoutMs = 30_000): Promise<void> {
  for (const [signal, wait] of [["SIGINT", timeoutMs], ["SIGQUIT", 10_000]] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return; // gone meanwhile
    }
    if (await exited(pid, wait)) return;
  }
  throw new Error(`The embedded PostgreSQL left running (pid ${pid}) did not stop; stop it with \`kill -QUIT ${pid}\`.`);
}
