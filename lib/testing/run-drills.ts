/**
 * `npm run drills`: the process drills — `npm start` stopped by SIGTERM, killed with -9 mid-save
 * and restarted, two instances on one database, a streaming standby — which take minutes of child
 * processes each and so stay out of `npm test`. Runs Vitest's "drills" project (`*.drill.test.ts`)
 * and writes each drill's result, seconds and load average, with the commit, to
 * `bench-results/drills.json`. Exits non-zero when a drill fails. Arguments go to Vitest.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { ensureProductionBuild } from "@/lib/testing/production-build";

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "../..");
const vitest = path.join(path.dirname(require.resolve("vitest/package.json")), "vitest.mjs");
const scratch = mkdtempSync(path.join(os.tmpdir(), "parley-drills-"));
const report = path.join(scratch, "report.json");
const loadLog = path.join(scratch, "load.jsonl");
const round = (value: number) => Math.round(value * 100) / 100;

interface VitestReport {
  numFailedTests?: number;
  numFailedTestSuites?: number;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { title: string; fullName: string; status: string; duration?: number | null }[];
  }[];
}

// Built here, before any drill starts its clock: under load a build outlasted the hook timeout of
// a drill file waiting for it (two-instances, 900 s, while the others queued on the build's lock).
ensureProductionBuild();

const loadAtStart = os.loadavg();
const started = Date.now();
const code = await new Promise<number>((resolve) => {
  const child = spawn(
    process.execPath,
    [vitest, "run", "--project", "drills", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)],
    { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PARLEY_DRILL_LOAD_LOG: loadLog } },
  );
  child.on("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
});

if (!existsSync(report)) {
  console.error("drills: Vitest wrote no report; nothing recorded.");
  process.exit(code || 1);
}
const result = JSON.parse(readFileSync(report, "utf8")) as VitestReport;
const loads = existsSync(loadLog)
  ? readFileSync(loadLog, "utf8").trim().split("\n").filter(Boolean).map((line) => JSON.parse(line) as { file: string; name: string; loadAverage: number[] })
  : [];
const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim();
const dirty = spawnSync("git", ["status", "--porcelain"], { cwd: root, encoding: "utf8" }).stdout.trim() !== "";

interface DrillResult {
  file: string;
  drill: string;
  passed: boolean;
  status: string;
  seconds: number | null;
  loadAverage: number[] | null;
  error?: string;
}

const drills = result.testResults.flatMap((file): DrillResult[] => {
  const relative = path.relative(root, file.name);
  // A file whose setup failed has no test results, only its message: it counts as a failed drill.
  if (file.assertionResults.length === 0) return [{ file: relative, drill: "(the file's setup)", passed: false, status: file.status, seconds: null, loadAverage: null, error: file.message }];
  return file.assertionResults.map((test) => ({
    file: relative,
    drill: test.title,
    passed: test.status === "passed",
    status: test.status,
    seconds: test.duration == null ? null : round(test.duration / 1000),
    loadAverage: loads.find((load) => load.file === relative && load.name === test.title)?.loadAverage.map(round) ?? null,
  }));
});
const failed = drills.filter((drill) => !drill.passed).length;
const summary = {
  commit: dirty ? `${commit} (with uncommitted changes)` : commit,
  ranAt: new Date(started).toISOString(),
  seconds: round((Date.now() - started) / 1000),
  machine: { cpus: os.cpus().length, node: process.version, loadAverageAtStart: loadAtStart.map(round), loadAverageAtEnd: os.loadavg().map(round) },
  passed: drills.length - failed,
  failed,
  drills,
};
mkdirSync(path.join(root, "bench-results"), { recursive: true });
writeFileSync(path.join(root, "bench-results/drills.json"), `${JSON.stringify(summary, null, 2)}\n`);
rmSync(scratch, { recursive: true, force: true });
console.log(`\ndrills: ${summary.passed} passed, ${failed} failed in ${summary.seconds.toFixed(0)} s → bench-results/drills.json`);
process.exit(code || (failed > 0 || (result.numFailedTestSuites ?? 0) > 0 ? 1 : 0));
