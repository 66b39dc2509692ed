import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { freePort } from "@/lib/testing/test-server";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");

export const BENCH_DIST_DIR = ".next-bench";

export interface NextServer {
  baseUrl: string;
  pid: number;
  stop: () => Promise<void>;
}

function run(args: string[], env: Record<string, string>, cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { cwd, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next ${args[0]} exited with ${code}`))));
  });
}

/** A production build in its own folder (so a dev server or another build is left alone). */
export async function ensureBuild(root: string, options: { skipIfPresent: boolean; log: (line: string) => void }) {
  const present = existsSync(path.join(root, BENCH_DIST_DIR, "BUILD_ID"));
  if (options.skipIfPresent && present) {
    options.log(`using the existing production build in ${BENCH_DIST_DIR}`);
    return;
  }
  options.log(`building for production into ${BENCH_DIST_DIR} …`);
  // `next build` adds its output folder's types to tsconfig.json's include list: a shared file
  // that a benchmark has no business changing, so it is put back as it was.
  const tsconfig = path.join(root, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  try {
    await run(["build"], { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PARLEY_NEXT_DIST_DIR: BENCH_DIST_DIR }, root);
  } finally {
    if (readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  }
}

async function waitUntilUp(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      // A route that needs no session: the server is up when it answers.
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer within ${timeoutMs / 1000} s`);
}

/** `next start` on a free localhost port against `databaseUrl`; its output is kept unless it fails. */
export async function startNextServer(
  root: string,
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<NextServer> {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const child = spawn(process.execPath, [...nodeArgs, nextBin, "start", "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PARLEY_NEXT_DIST_DIR: BENCH_DIST_DIR,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      // Request logs would cost the server time the benchmark measures.
      LOG_LEVEL: "warn",
      ...extraEnv,
    },
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitUntilUp(`http://127.0.0.1:${port}`, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, pid: child.pid!, stop };
}
