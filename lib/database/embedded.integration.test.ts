import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { EmbeddedAlreadyRunningError, passwordFileFor, startEmbeddedPostgres } from "@/lib/database/embedded";
import { isAlive } from "@/lib/testing/app-process";
import { freePort } from "@/lib/testing/test-server";

const folders: string[] = [];
const children: ChildProcess[] = [];
const postmasters: number[] = [];
afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
  // A failed drill may leave a server running that its holder's death did not stop.
  for (const pid of postmasters.filter(isAlive)) process.kill(pid, "SIGQUIT");
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function folder(mode: number): string {
  const made = mkdtempSync(path.join(tmpdir(), "parley-embedded-"));
  chmodSync(made, mode);
  folders.push(made);
  return made;
}

async function canSignIn(connectionString: string): Promise<boolean> {
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

it("generates the embedded server's password at first start and keeps it, owner-only, across restarts", async () => {
  const clusterDir = path.join(folder(0o755), "postgres");
  const port = await freePort();
  const first = await startEmbeddedPostgres({ clusterDir, port });
  try {
    expect(first.url).not.toContain("parley:parley@");
    expect(statSync(passwordFileFor(clusterDir)).mode & 0o777).toBe(0o600);
    expect(await canSignIn(first.url)).toBe(true);
    expect(await canSignIn(`postgresql://parley:parley@127.0.0.1:${port}/postgres`)).toBe(false);
  } finally {
    await first.stop();
  }

  const again = await startEmbeddedPostgres({ clusterDir, port });
  try {
    expect(again.url).toBe(first.url);
    expect(await canSignIn(again.url)).toBe(true);
  } finally {
    await again.stop();
  }
});

// Only root hands PostgreSQL to the `postgres` user; for anyone else the folder is their own.
it.skipIf(process.getuid?.() !== 0)(
  "as root, stops with a clear message when the postgres user cannot enter the data folder",
  async () => {
    const privateFolder = folder(0o700); // what `mktemp -d` makes, like a clone in /root
    const clusterDir = path.join(privateFolder, "data", "postgres");

    await expect(startEmbeddedPostgres({ clusterDir, port: await freePort() })).rejects.toThrow(
      new RegExp(`postgres\` user .*cannot enter ${privateFolder}.*PARLEY_DATA_DIR`, "s"),
    );
  },
);

const root = path.resolve(import.meta.dirname, "../..");
const postmasterPid = (clusterDir: string) => Number(readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0]);

/** Another process (as a Parley would) starts the cluster and holds it; resolves once it is up. */
async function holdInAnotherProcess(clusterDir: string, port: number): Promise<{ holder: ChildProcess; url: string }> {
  const holder = spawn(process.execPath, ["--import", "tsx", "lib/testing/hold-embedded-postgres.ts", clusterDir, String(port)], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(holder);
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    holder.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const line = /^postgresql:\S+$/m.exec(output)?.[0];
      if (line) resolve(line);
    });
    holder.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    holder.once("exit", () => reject(new Error(`the holder exited before the server was up:\n${output}`)));
  });
  return { holder, url };
}

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

it("after kill -9 of the process that started it, the next start stops the PostgreSQL left running and starts with the data kept", async () => {
  const clusterDir = path.join(folder(0o755), "postgres");
  const { holder, url } = await holdInAnotherProcess(clusterDir, await freePort());
  const leftBehind = postmasterPid(clusterDir);
  postmasters.push(leftBehind);
  await query(url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('written before the kill')");
  holder.kill("SIGKILL");
  await new Promise((resolve) => holder.once("exit", resolve));
  expect(isAlive(leftBehind)).toBe(true); // the launcher's death does not stop PostgreSQL

  const lines: string[] = [];
  const again = await startEmbeddedPostgres({ clusterDir, port: await freePort(), log: (line) => lines.push(line) });
  try {
    expect(isAlive(leftBehind)).toBe(false);
    expect(lines.join("\n")).toMatch(/left running by a Parley that was killed/);
    expect(await query(again.url, "SELECT note FROM kept")).toEqual([{ note: "written before the kill" }]);
  } finally {
    await again.stop();
  }
});

it("refuses, and leaves running, a cluster that a live process started and still holds", async () => {
  const clusterDir = path.join(folder(0o755), "postgres");
  const { holder, url } = await holdInAnotherProcess(clusterDir, await freePort());
  try {
    await expect(startEmbeddedPostgres({ clusterDir, port: await freePort() })).rejects.toThrow(EmbeddedAlreadyRunningError);
    expect(await query(url, "SELECT 1 AS up")).toEqual([{ up: 1 }]);
  } finally {
    holder.kill("SIGTERM"); // embedded-postgres stops its cluster on SIGTERM
    await new Promise((resolve) => holder.once("exit", resolve));
  }
});

it("starts when postmaster.pid names another program's live process, and leaves that program running", async () => {
  const clusterDir = path.join(folder(0o755), "postgres");
  const first = await startEmbeddedPostgres({ clusterDir, port: await freePort() });
  await first.stop();
  // A crash left the file behind and the pid now belongs to something else.
  const other = spawn("sleep", ["300"], { stdio: "ignore" });
  children.push(other);
  const pidFile = path.join(clusterDir, "postmaster.pid");
  writeFileSync(pidFile, `${other.pid}\n${clusterDir}\n1700000000\n5432\n\n127.0.0.1\n  5432001  0\nready\n`);

  const again = await startEmbeddedPostgres({ clusterDir, port: await freePort() });
  try {
    expect(await query(again.url, "SELECT 1 AS up")).toEqual([{ up: 1 }]);
    expect(isAlive(other.pid ?? 0)).toBe(true);
  } finally {
    await again.stop();
  }
});
