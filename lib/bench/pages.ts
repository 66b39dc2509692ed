/**
 * `npm run bench:pages`: what each page costs that a shared machine cannot blur — the SQL
 * statements one request sends (PARLEY_STATEMENT_LOG), HTML and RSC bytes gzipped, and first-load
 * JavaScript — for the list, a filtered list, a search, a permalink and the most-met person's page,
 * against a production build with N synthetic meetings (the bench database of bench:queries).
 * Figures go to bench-results/pages-<N>.json under --label, so a run of the code before a change
 * and one after sit side by side; the load average is recorded with each run.
 *
 *   npm run bench:pages -- [--meetings 10000] [--seed 1] [--label after] [--root <checkout> --dist <dir>]
 *
 * --root serves another checkout's existing build in --dist (e.g. the code before a change, built
 * with `PARLEY_NEXT_DIST_DIR=<dir> next build`); without it this checkout is built into .next-ops.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { sessionCookieName } from "@/lib/auth/cookie-config";
import { loadAuthSecret } from "@/lib/auth/secret";
import { createTestAccount } from "@/lib/testing/auth/users";
import { openBenchDatabase } from "@/lib/bench/database";
import { startNextServer } from "@/lib/bench/next-server";
import { countPageStatements } from "@/lib/bench/page-statements";
import { measurePayload } from "@/lib/bench/payload";
import { machineInfo } from "@/lib/bench/report";
import { OTHER_TARGETS } from "@/lib/bench/targets";
import { createPrismaClient } from "@/lib/database/client";
import { env } from "@/lib/env";
import { ensureProductionBuild } from "@/lib/testing/production-build";

const here = path.resolve(import.meta.dirname, "../..");
const log = (line: string) => console.log(`bench:pages: ${line}`);

const { values } = parseArgs({
  options: {
    meetings: { type: "string", default: "10000" },
    seed: { type: "string", default: "1" },
    label: { type: "string", default: "after" },
    root: { type: "string" },
    dist: { type: "string" },
  },
});
const meetings = Number(values.meetings);
if (!Number.isSafeInteger(meetings) || meetings < 100) throw new Error("--meetings takes a whole number of 100 or more.");

async function one<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows[0]!;
  } finally {
    await client.end();
  }
}

/** The pages an analyst reads most, with parameters taken from the data. */
async function choosePages(url: string): Promise<{ name: string; path: string }[]> {
  const meeting = await one<{ id: string }>(url, `SELECT "id" FROM "Meeting" WHERE "deletedAt" IS NULL ORDER BY "date" DESC NULLS LAST, "id" DESC LIMIT 1`);
  const person = await one<{ id: string }>(url, `SELECT "personId" AS "id" FROM "Participation" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  const country = await one<{ code: string; name: string }>(
    url,
    `SELECT mc."countryCode" AS "code", c."name" FROM "MeetingCountry" mc JOIN "Country" c ON c."code" = mc."countryCode" GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
  );
  const organization = await one<{ id: string }>(url, `SELECT "organizationId" AS "id" FROM "Participation" WHERE "organizationId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  const partner = await one<{ code: string }>(
    url,
    `SELECT b."countryCode" AS "code" FROM "MeetingCountry" a JOIN "MeetingCountry" b ON b."meetingId" = a."meetingId" AND b."countryCode" <> a."countryCode"
     WHERE a."countryCode" = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    [country.code],
  );
  const topic = await one<{ id: string }>(url, `SELECT "topicId" AS "id" FROM "MeetingTopic" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  const tag = await one<{ id: string }>(url, `SELECT "tagId" AS "id" FROM "MeetingTag" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  return [
    { name: "list", path: "/meetings" },
    { name: "list-country", path: `/meetings?country=${country.code}` },
    { name: "search", path: `/meetings?q=${encodeURIComponent(country.name.toLowerCase())}` },
    { name: "permalink", path: `/meetings/${meeting.id}` },
    { name: "person", path: `/people/${person.id}` },
    { name: "organisation", path: `/organizations/${organization.id}` },
    { name: "country", path: `/countries/${country.code}` },
    { name: "pair", path: `/countries/${country.code}/${partner.code}` },
    { name: "topic", path: `/topics/${topic.id}` },
    { name: "tag", path: `/tags/${tag.id}` },
  ];
}

const startMachine = machineInfo();
const serveRoot = values.root ? path.resolve(values.root) : here;
const distDir = values.root ? values.dist : ensureProductionBuild();
if (!distDir || !existsSync(path.join(serveRoot, distDir, "BUILD_ID"))) throw new Error(`no production build in ${path.join(serveRoot, distDir ?? "?")}`);

const database = await openBenchDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.PARLEY_DATA_DIR, meetings, seed: Number(values.seed), log });
const prisma = createPrismaClient(database.url, { max: 1 });
const account = await createTestAccount(prisma, "analyst");
const cookie = `${sessionCookieName(true)}=${Object.values(account.cookies)[0]}`;
const logDir = mkdtempSync(path.join(os.tmpdir(), "parley-bench-pages-"));
const logFile = path.join(logDir, "statements.log");
const server = await startNextServer(serveRoot, database.url, {
  PARLEY_NEXT_DIST_DIR: distDir,
  PARLEY_AUTH_SECRET: await loadAuthSecret(prisma),
  PARLEY_STATEMENT_LOG: logFile,
  PARLEY_BACKGROUND_WORK: "off",
});

try {
  const pages = [];
  for (const page of await choosePages(database.url)) {
    // The first read of a view counts its facets; a repeat within 10 s finds them shared (facet-cache.ts).
    const first = await countPageStatements(server.baseUrl, page.path, cookie, logFile);
    const repeat = await countPageStatements(server.baseUrl, page.path, cookie, logFile);
    if (first.status !== 200 || repeat.status !== 200) throw new Error(`${page.path} answered ${first.status}, ${repeat.status}`);
    const payload = await measurePayload(server.baseUrl, page.path, cookie);
    log(`${page.name}: ${first.statements.length} statements first, ${repeat.statements.length} repeated; HTML ${payload.htmlGzipBytes} B gz; first-load JS ${payload.firstLoadJsGzipBytes} B gz`);
    pages.push({ ...page, statementsFirst: first.statements.length, statementsRepeat: repeat.statements.length, statements: repeat.statements, ...payload });
  }
  const file = path.join(here, "bench-results", `pages-${meetings}.json`);
  const report = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { runs: Record<string, unknown> }) : { runs: {} };
  report.runs[values.label!] = {
    command: `npm run bench:pages -- ${process.argv.slice(2).join(" ")}`.trim(),
    measuredAt: new Date().toISOString(),
    meetings,
    machine: { ...startMachine, loadAverageAtEnd: machineInfo().loadAverage, shared: "other engineers' builds and tests ran meanwhile" },
    targets: { statementsPerPage: OTHER_TARGETS.statementsPerPage, htmlGzipBytes: OTHER_TARGETS.payloadGzipBytes, firstLoadJsGzipBytes: OTHER_TARGETS.firstLoadJsGzipBytes },
    pages,
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  log(`written to ${path.relative(here, file)} as "${values.label}"`);
} finally {
  await server.stop();
  await prisma.user.delete({ where: { id: account.id } }).catch(() => undefined);
  await prisma.$disconnect();
  await database.close();
  rmSync(logDir, { recursive: true, force: true });
}
