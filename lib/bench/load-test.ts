/**
 * `npm run bench:load`: 50 signed-in analysts at once against a production build. Each analyst
 * opens the meetings list (40 %), a search (25 %), a permalink (30 %) or saves a new meeting (5 %),
 * reads the answer for 5–15 s, and goes on. Throughput, latency percentiles (overall and per kind
 * of request) and errors go to bench-results/load-<N>.json; any error makes the run fail.
 *
 *   npm run bench:load -- [--meetings 100000] [--analysts 50] [--duration 120] [--think 5-15] [--seed 1]
 *
 * `--think 0` takes the pauses away: every analyst then sends the next request the moment the last
 * one is answered, which finds the server's ceiling (written to load-<N>-stress.json).
 * The data set is the one `npm run bench:queries` uses (kept between runs, lib/bench/database.ts).
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
import { createTestAccount } from "@/lib/testing/auth/users";
import { createPrismaClient } from "@/lib/database/client";
import { openBenchDatabase, type BenchDatabase } from "@/lib/bench/database";
import { runAnalysts, type AnalystRequest } from "@/lib/bench/load/virtual-analysts";
import { startApp, type AppProcess } from "@/lib/testing/app-process";
import { ensureProductionBuild } from "@/lib/testing/production-build";
import { freePort } from "@/lib/testing/test-server";

const root = path.resolve(import.meta.dirname, "../..");
const log = (line: string) => console.log(`load: ${line}`);

const { values } = parseArgs({
  options: {
    meetings: { type: "string", default: "100000" },
    analysts: { type: "string", default: "50" },
    duration: { type: "string", default: "120" },
    think: { type: "string", default: "5-15" },
    seed: { type: "string", default: "1" },
  },
});
const options = {
  meetings: Number(values.meetings),
  analysts: Number(values.analysts),
  duration: Number(values.duration),
  seed: Number(values.seed),
};
for (const [name, value] of Object.entries(options)) {
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`bench:load: --${name} takes a whole number of 1 or more.`);
    process.exit(2);
  }
}
const thinkMatch = /^(\d+)(?:-(\d+))?$/.exec(values.think);
if (!thinkMatch || Number(thinkMatch[2] ?? thinkMatch[1]) < Number(thinkMatch[1])) {
  console.error("bench:load: --think takes seconds, as 5-15 (a pause drawn from 5 to 15 s) or 0 (no pause).");
  process.exit(2);
}
const thinkSeconds: [number, number] = [Number(thinkMatch[1]), Number(thinkMatch[2] ?? thinkMatch[1])];
const stress = thinkSeconds[1] === 0;
/** An answer slower than this is an error: an analyst would have given up or reloaded. */
const TIMEOUT_MS = 10_000;

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
async function saveRequest(baseUrl: string, cookie: string): Promise<{ body: Uint8Array<ArrayBuffer>; contentType: string }> {
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
  return { body: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get("content-type") ?? "" };
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
  for (let index = 0; index < options.analysts; index++) analysts.push(await createTestAccount(prisma, "analyst"));
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
  const nextRequest = (): AnalystRequest => {
    const roll = Math.random();
    if (roll < 0.4) return { kind: "list", method: "GET", path: Math.random() < 0.5 ? "/meetings" : `/meetings?country=${pick(picks.countries)}` };
    if (roll < 0.65) return { kind: "search", method: "GET", path: `/meetings?q=${encodeURIComponent(pick(picks.words))}` };
    if (roll < 0.95) return { kind: "permalink", method: "GET", path: `/meetings/${pick(picks.ids)}` };
    // A save answers with a redirect (303) to the new meeting.
    return { kind: "save", method: "POST", path: "/meetings/new", headers: { "content-type": save.contentType, accept: "text/x-component" }, body: save.body };
  };

  const pause = stress ? "no pause" : `${thinkSeconds[0]}–${thinkSeconds[1]} s between requests`;
  log(`${options.analysts} analysts for ${options.duration} s, ${pause}, against ${app.baseUrl} (${options.meetings.toLocaleString("en")} meetings) …`);
  const result = await runAnalysts({
    baseUrl: app.baseUrl,
    cookies,
    durationSeconds: options.duration,
    thinkMs: [thinkSeconds[0] * 1000, thinkSeconds[1] * 1000],
    timeoutMs: TIMEOUT_MS,
    nextRequest,
  });
  const report = {
    about:
      `${options.analysts} concurrent signed-in analysts mixing list, search, permalink and save against \`npm start\` ` +
      `(lib/bench/load-test.ts), ${pause}; an answer slower than ${TIMEOUT_MS / 1000} s counts as an error.`,
    measuredAt: new Date().toISOString(),
    command: `npm run bench:load -- --meetings ${options.meetings} --analysts ${options.analysts} --duration ${options.duration} --think ${values.think}`,
    machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg() },
    meetings: options.meetings,
    ...result,
  };
  const file = path.join(root, `bench-results/load-${options.meetings}${stress ? "-stress" : ""}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  const { latency, errors } = result;
  log(`${result.requests} requests, ${result.throughputPerSecond}/s; median ${latency.medianMs} ms, p95 ${latency.p95Ms} ms, p99 ${latency.p99Ms} ms; errors ${errors}`);
  for (const [kind, stats] of Object.entries(result.byKind)) {
    log(`  ${kind}: ${stats.samples} requests, median ${stats.medianMs} ms, p95 ${stats.p95Ms} ms, errors ${stats.errors}`);
  }
  for (const problem of result.firstErrors) log(`  error: ${problem}`);
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
