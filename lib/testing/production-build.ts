import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

// Tests that run the real `npm start` (shutdown, two instances, load) share one build in their
// own folder, so a developer's .next and the end-to-end build are left alone.
export const OPS_DIST_DIR = process.env.PARLEY_OPS_DIST_DIR ?? ".next-ops";

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // Code that never enters the app bundle: command-line tools, test helpers, generated client.
    if (["generated", "node_modules", "cli", "testing"].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|tsx|css)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      newest = Math.max(newest, statSync(full).mtimeMs);
    }
  }
  return newest;
}

/**
 * A production build of the current code in OPS_DIST_DIR: reused when newer than every source
 * file, else rebuilt (minutes), under the same lock the end-to-end tests take where `flock` exists.
 * `npm test` builds once here for the process drills and the end-to-end suite; a caller that
 * already holds the lock passes `{ lock: false }`, since a second `flock` on it would wait forever.
 */
export function ensureProductionBuild({ lock = true }: { lock?: boolean } = {}): string {
  const buildId = path.join(root, OPS_DIST_DIR, "BUILD_ID");
  const sources = Math.max(...["app", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "next.config.ts"].map((name) => {
    const full = path.join(root, name);
    return statSync(full).isDirectory() ? newestSource(full) : statSync(full).mtimeMs;
  }));
  if (existsSync(buildId) && statSync(buildId).mtimeMs > sources) return OPS_DIST_DIR;

  const hasFlock = lock && spawnSync("flock", ["--version"]).status === 0;
  const build = [process.execPath, path.join(root, "node_modules/next/dist/bin/next"), "build"];
  // Inside the lock the build is checked again: a test file that waited while another built must
  // not build a second time, which would empty the folder under the first one's running server.
  const builtSince = `[ -f "$1" ] && [ "$(stat -c %Y "$1")" -gt "$2" ] || exec "$3" "$4" build`;
  const [command, ...args] = hasFlock
    ? ["flock", "/tmp/parley-e2e.lock", "sh", "-c", builtSince, "sh", buildId, String(Math.floor(sources / 1000)), ...build.slice(0, 2)]
    : build;
  const result = spawnSync(command ?? "", args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, PARLEY_NEXT_DIST_DIR: OPS_DIST_DIR, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build into ${OPS_DIST_DIR} failed (exit ${result.status})`);
  return OPS_DIST_DIR;
}
