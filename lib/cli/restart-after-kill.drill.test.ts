import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { descendants, isAlive } from "@/lib/testing/app-process";
import { embeddedAppDrill } from "@/lib/testing/embedded-app-drill";

const ADMIN = { email: "restart-admin@test.parley.example", password: "a long restart drill passphrase" };
const startDrill = embeddedAppDrill("restart", ADMIN);

// What the killed launcher left, stopped here if the drill failed before the next start did.
const leftBehind: { next: number[]; postmaster?: number } = { next: [] };
afterAll(() => {
  for (const [pid, signal] of [...leftBehind.next.map((pid) => [pid, "SIGKILL"] as const), [leftBehind.postmaster ?? 0, "SIGQUIT"] as const]) {
    if (pid && isAlive(pid)) process.kill(pid, signal);
  }
});

const commandLine = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
};

it("after kill -9 of the launcher, the next npm start on the same ports stops the PostgreSQL it left and serves", async () => {
  const first = await startDrill();
  const postmaster = Number(readFileSync(path.join(first.clusterDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const launcher = descendants(first.app.child.pid ?? 0).find((pid) => commandLine(pid).includes("lib/cli/run.ts"));
  expect(launcher).toBeDefined();

  const database = new Set([postmaster, ...descendants(postmaster)]);
  const nextProcesses = descendants(launcher ?? 0).filter((pid) => !database.has(pid));
  expect(nextProcesses.length).toBeGreaterThan(0);
  Object.assign(leftBehind, { next: nextProcesses, postmaster });

  process.kill(launcher ?? 0, "SIGKILL"); // no shutdown code runs: what the OOM killer or `kill -9` does
  await first.app.exited;
  // Next.js notices its launcher is gone and stops, freeing the port; PostgreSQL, in its own
  // process group, is left running.
  for (let waited = 0; waited < 300 && nextProcesses.some(isAlive); waited++) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(nextProcesses.filter(isAlive)).toEqual([]);
  expect(isAlive(postmaster)).toBe(true);

  const port = Number(new URL(first.app.baseUrl).port);
  const second = await startDrill({ port, dbPort: first.dbPort });
  expect(second.app.output()).toMatch(/left running by a Parley that was killed; stopping it/);
  expect(isAlive(postmaster)).toBe(false);
  expect((await fetch(`${second.app.baseUrl}/api/health/ready`)).status).toBe(200);

  second.app.child.kill("SIGTERM");
  expect(await second.app.exited).toEqual({ code: 0, signal: null });
}, 300_000);
