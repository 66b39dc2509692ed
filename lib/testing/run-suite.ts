/**
 * `npm test`: every layer in order, failing fast — type check and lint (side by side), unit, integration (real
 * PostgreSQL, a fresh database per test file), end-to-end (production build, real browser, its
 * own fresh database) — then one summary line for all the tests: `N passed, N failed, N skipped`.
 * `--only <layer>` runs one layer; anything after `--` goes to that layer's runner (Vitest or
 * Playwright), e.g. `npm run test:e2e -- -- e2e/meetings.spec.ts`. DATABASE_URL, when set, names
 * the server to make test databases on; otherwise a throw-away embedded server is started.
 * The process drills (`*.drill.test.ts`) are not a layer here: `npm run drills` (run-drills.ts).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { createDatabase, dropDatabase } from "@/lib/database/admin";
import { migrate } from "@/lib/database/migrate";
import { ensureProductionBuild } from "@/lib/testing/production-build";
import { freePort, runDatabasePrefix, startTestServer } from "@/lib/testing/test-server";
import { seedDemoIfEmpty } from "@/prisma/seed/demo";

const LAYERS = ["typecheck", "lint", "unit", "integration", "e2e"] as const;
type Layer = (typeof LAYERS)[number];

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "../..");
const resultsDir = path.join(root, "test-results");
const bin = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const separator = process.argv.indexOf("--");
const runnerArgs = separator === -1 ? [] : process.argv.slice(separator + 1);

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function node(script: string, args: string[], env?: Record<string, string>) {
  return run(process.execPath, [script, ...args], env);
}

/** Adds a Vitest report's counts to the total; true when it records a failed test or test file. */
function addVitestCounts(reportFile: string): boolean {
  if (!existsSync(reportFile)) return false;
  const report = JSON.parse(readFileSync(reportFile, "utf8")) as Record<string, number>;
  total.passed += report.numPassedTests ?? 0;
  total.failed += report.numFailedTests ?? 0;
  total.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  return (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0) > 0;
}

function addPlaywrightCounts(reportFile: string) {
  if (!existsSync(reportFile)) return;
  const { stats } = JSON.parse(readFileSync(reportFile, "utf8")) as { stats: Record<string, number> };
  total.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  total.failed += stats.unexpected ?? 0;
  total.skipped += stats.skipped ?? 0;
}

async function vitest(project: "unit" | "integration"): Promise<number> {
  const report = path.join(resultsDir, `${project}.json`);
  const code = await node(bin("vitest", "vitest.mjs"), [
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...runnerArgs,
  ]);
  // The integration layer's embedded PostgreSQL installs an exit hook that ends Vitest with 0
  // whatever it meant to return, so the report decides too.
  const failed = addVitestCounts(report);
  return code || (failed ? 1 : 0);
}

async function endToEnd(): Promise<number> {
  // The integration layer's production-server tests (page statements, client bundle, next.config)
  // already built the current code into the shared folder; reuse it. Run alone, this builds it.
  let distDir: string;
  try {
    distDir = ensureProductionBuild({ lock: false });
  } catch (error) {
    console.error(error);
    return 1;
  }

  const server = await startTestServer(process.env.DATABASE_URL);
  const name = runDatabasePrefix("e2e");
  try {
    const url = await createDatabase(server.url, name);
    await migrate(url);
    await seedDemoIfEmpty(url, { log: (line) => console.log(`e2e: ${line}`), production: false });
    const hook = path.join(root, "e2e/support/prepare-database.ts");
    if (existsSync(hook)) {
      const { prepareE2eDatabase } = (await import(hook)) as { prepareE2eDatabase: (url: string) => Promise<void> };
      await prepareE2eDatabase(url);
    }
    const report = path.join(resultsDir, "e2e.json");
    const code = await node(bin("@playwright/test", "cli.js"), ["test", ...runnerArgs], {
      DATABASE_URL: url,
      PARLEY_E2E_PORT: String(await freePort()),
      PARLEY_E2E_REPORT: report,
      PARLEY_NEXT_DIST_DIR: distDir,
    });
    addPlaywrightCounts(report);
    return code;
  } finally {
    await dropDatabase(server.url, name).catch(() => {});
    await server.stop();
  }
}

const steps: Record<Layer, () => Promise<number>> = {
  typecheck: async () =>
    (await node(bin("next", "dist/bin/next"), ["typegen"])) || node(bin("typescript", "bin/tsc"), ["--noEmit"]),
  lint: () => node(bin("eslint", "bin/eslint.js"), ["--max-warnings", "0", "."]),
  unit: () => vitest("unit"),
  integration: () => vitest("integration"),
  e2e: endToEnd,
};

function parseLayers(argv: string[]): Layer[] {
  const index = argv.indexOf("--only");
  if (index === -1) return [...LAYERS];
  const wanted = argv[index + 1];
  if (!LAYERS.includes(wanted as Layer)) {
    console.error(`--only takes one of: ${LAYERS.join(", ")}`);
    process.exit(2);
  }
  return [wanted as Layer];
}

rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

// The type check and lint each keep one core busy and print nothing when they pass, so they run
// side by side; every other layer already uses both cores.
const STAGES: Layer[][] = [["typecheck", "lint"], ["unit"], ["integration"], ["e2e"]];
const wanted = parseLayers(process.argv.slice(2, separator === -1 ? undefined : separator));

let exitCode = 0;
const timings: string[] = [];
for (const stage of STAGES.map((layers) => layers.filter((layer) => wanted.includes(layer))).filter((layers) => layers.length > 0)) {
  const started = Date.now();
  console.log(`\n── ${stage.join(" and ")} ──`);
  const codes = await Promise.all(stage.map((layer) => steps[layer]()));
  timings.push(`${stage.join(" + ")} ${((Date.now() - started) / 1000).toFixed(0)}s`);
  const failed = stage.findIndex((_, i) => codes[i] !== 0);
  if (failed !== -1) {
    console.error(`\n${stage[failed]} failed (exit ${codes[failed]}); later layers were not run.`);
    exitCode = codes[failed]!;
    break;
  }
}

console.log(`\n${timings.join(" · ")}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(exitCode || (total.failed > 0 ? 1 : 0));
