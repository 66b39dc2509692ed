/**
 * `npm run bench:load`: 50 signed-in analysts at once against a production build, each request a
 * random pick of the meetings list (40 %), a search (25 %), a permalink (30 %) and a save of a new
 * meeting (5 %). Throughput, latency percentiles and errors go to bench-results/load-<N>.json.
 *
 *   npm run bench:load -- [--meetings 100000] [--connections 50] [--duration 60] [--seed 1]
 *
 * The data set is the one `npm run bench:queries` uses (kept between runs, lib/cli/bench/database.ts).
 * Latency percentiles are per request, measured by autocannon; p95 is interpolated between its
 * p90 and p97.5 (autocannon reports no p95) and labelled so.
 */
import { EMPTY_COUNTRY_ROW, EMPTY_MEETING_FORM, FORM_PAYLOAD_FIELD } from "@/lib/meetings/form-data";
import { loadAuthSecret } from "@/lib/auth/secret";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { env } from "@/lib/env";
import { sessionCookieName } from "@/lib/auth/cookie-config";
import { createTestAccount } from "@/lib/auth/testing/users";
import { createPrismaClient } from "@/lib/database/client";
import { openBenchDatabase, type BenchDatabase } from "@/lib/cli/bench/database";
import { autocannon, type AutocannonRequest } from "@/lib/cli/load/autocannon";
import { startApp, type AppProcess } from "@/lib/testing/app-process";
import { ensureProductionBuild } from "@/lib/testing/production-build";
import { freePort } from "@/lib/testing/test-server";

const root = path.resolve(import.meta.dirname, "../..");
const log = (line: string) => console.log(`load: ${line}`);

const { values } = parseArgs({
  options: {
    meetings: { type: "string", default: "100000" },
    connections: { type: "string", default: "50" },
    duration: { type: "string", default: "60" },
    seed: { type: "string", default: "1" },
  },
});
const options = {
  meetings: Number(values.meetings),
  connections: Number(values.connections),
  duration: Number(values.duration),
  seed: Number(values.seed),
};
for (const [name, value] of Object.entries(options)) {
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`bench:load: --${name} takes a whole number of 1 or more.`);
    process.exit(2);
  }
}

async function sample(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const ids = await client.query<{ id: string }>(
      `SELECT id FROM "Meeting" WHERE "deletedAt" IS NULL ORDER BY random() LIMIT 500`,
    );
    const words = await client.query<{ word: string }>(
      `SELECT word FROM ts_stat('SELECT "searchVector" FROM "Meeting" TABLESAMPLE SYSTEM (5)') ORDER BY ndoc DESC OFFSET 20 LIMIT 50`,
    );
    const countries = await client.query<{ code: string }>(`SELECT code FROM "Country" ORDER BY random() LIMIT 30`);
    return { ids: ids.rows.map((row) => row.id), words: words.rows.map((row) => row.word), countries: countries.rows.map((row) => row.code) };
  } finally {
    await client.end();
  }
}

/** The new-meeting form's own fields (server action id included), read once from the page. */
async function saveRequest(baseUrl: string, cookie: string): Promise<{ body: Buffer; contentType: string }> {
  const html = await (await fetch(`${baseUrl}/meetings/new`, { headers: { cookie } })).text();
  const form = new FormData();
  for (const input of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    if (name?.startsWith("$ACTION")) form.append(name.replaceAll("&amp;", "&"), /value="([^"]*)"/.exec(input[0])?.[1]?.replaceAll("&quot;", '"') ?? "");
  }
  // The form posts the whole record as JSON in one hidden field, as the browser does.
  form.append(
    FORM_PAYLOAD_FIELD,
    JSON.stringify({
      ...EMPTY_MEETING_FORM,
      title: "Load test: delegation meets the foreign minister",
      kind: "MEETING",
      date: "2025-05-01",
      countries: [{ ...EMPTY_COUNTRY_ROW, countryCode: "FR" }],
      participants: [],
      sources: [],
      summary: "Written by npm run bench:load.",
    }),
  );
  const response = new Response(form);
  return { body: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get("content-type") ?? "" };
}

let database: BenchDatabase | undefined;
let app: AppProcess | undefined;
let exitCode = 0;
try {
  const distDir = ensureProductionBuild();
  database = await openBenchDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.PARLEY_DATA_DIR, meetings: options.meetings, seed: options.seed, log });
  const { url } = database;
  const prisma = createPrismaClient(url, { max: 2 });
  const cookieName = sessionCookieName(true); // production cookies are __Secure- prefixed
  const analysts = [];
  for (let index = 0; index < options.connections; index++) analysts.push(await createTestAccount(prisma, "analyst"));
  const cookies = analysts.map((account) => `${cookieName}=${Object.values(account.cookies)[0]}`);
  const picks = await sample(url);

  app = await startApp({
    port: await freePort(),
    env: {
      DATABASE_URL: url,
      PARLEY_NEXT_DIST_DIR: distDir,
      // The key the analysts' cookies were signed with (unset: the one kept in PostgreSQL, handed over).
      PARLEY_AUTH_SECRET: env.PARLEY_AUTH_SECRET ?? (await loadAuthSecret(prisma)),
    },
  });
  const save = await saveRequest(app.baseUrl, cookies[0] ?? "");
  const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)] as T;
  const counts = { list: 0, search: 0, permalink: 0, save: 0 };
  let nextAnalyst = 0;

  log(`${options.connections} analysts for ${options.duration} s against ${app.baseUrl} (${options.meetings.toLocaleString("en")} meetings) …`);
  const result = await autocannon({
    url: app.baseUrl,
    connections: options.connections,
    duration: options.duration,
    requests: [
      {
        setupRequest: (_request: AutocannonRequest, context: Record<string, unknown>) => {
          context.cookie ??= cookies[nextAnalyst++ % cookies.length];
          const headers = { cookie: String(context.cookie) };
          const roll = Math.random();
          if (roll < 0.4) {
            counts.list++;
            return { method: "GET", path: Math.random() < 0.5 ? "/meetings" : `/meetings?country=${pick(picks.countries)}`, headers };
          }
          if (roll < 0.65) {
            counts.search++;
            return { method: "GET", path: `/meetings?q=${encodeURIComponent(pick(picks.words))}`, headers };
          }
          if (roll < 0.95) {
            counts.permalink++;
            return { method: "GET", path: `/meetings/${pick(picks.ids)}`, headers };
          }
          counts.save++;
          return {
            method: "POST",
            path: "/meetings/new",
            headers: { ...headers, "content-type": save.contentType, accept: "text/x-component" },
            body: save.body,
          };
        },
      },
    ],
  });
  // A save answers with a redirect (303) to the new meeting; anything else 4xx/5xx is an error.
  const failed = Object.entries(result.statusCodeStats)
    .filter(([status]) => Number(status) >= 400)
    .reduce((sum, [, stat]) => sum + stat.count, 0);
  // autocannon's `errors` already includes its `timeouts` (no answer within 10 s).
  const errors = result.errors + failed;
  const p95 = result.latency.p90 + ((result.latency.p97_5 - result.latency.p90) * (95 - 90)) / (97.5 - 90);
  const report = {
    about: "50 concurrent signed-in analysts mixing list, search, permalink and save against `npm start` (lib/cli/load-test.ts).",
    measuredAt: new Date().toISOString(),
    command: `npm run bench:load -- --meetings ${options.meetings} --connections ${options.connections} --duration ${options.duration}`,
    machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg() },
    meetings: options.meetings,
    requestMix: counts,
    throughputPerSecond: Math.round(result.requests.average * 10) / 10,
    requests: result.requests.total,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p95Interpolated: Math.round(p95), p99: result.latency.p99, max: result.latency.max },
    errors,
    timeouts: result.timeouts,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([status, stat]) => [status, stat.count])),
  };
  const file = path.join(root, `bench-results/load-${options.meetings}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  log(`throughput ${report.throughputPerSecond}/s, p50 ${report.latencyMs.p50} ms, p95 ≈${report.latencyMs.p95Interpolated} ms, errors ${errors}`);
  log(`written to ${path.relative(process.cwd(), file)}`);
  if (errors > 0) exitCode = 1;
  // Saves still in flight when the clock ran out would wait on the rows being deleted: stop the app first.
  app.child.kill("SIGTERM");
  await app.exited;
  app = undefined;
  await prisma.user.deleteMany({ where: { id: { in: analysts.map((account) => account.id) } } }).catch(() => {});
  await prisma.$disconnect();
} catch (error) {
  console.error(`bench:load failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  exitCode = 1;
} finally {
  if (app) {
    app.child.kill("SIGTERM");
    await app.exited;
  }
  await database?.close().catch(() => {});
}
process.exit(exitCode);
