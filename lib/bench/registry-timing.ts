// The registry's figures at scale (issue 22: index pages p95 ≤ 100 ms at a million meetings):
//
//   npm run bench:registry -- [--meetings 100000] [--samples 30]
//
// On the bench's own database (lib/bench/database.ts: `parley_bench_<N>`, loaded once and kept),
// it times each index page's statement as the page runs it (sorts, a deep page, searches), and
// what the kept counts cost a save: a meeting's links rewritten as the write path does, with the
// registry's triggers and without. Figures go to bench-results/registry-<N>.json with the load average.
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openBenchDatabase } from "@/lib/bench/database";
import { summarise, type Stats } from "@/lib/bench/timing";
import { createPrismaClient } from "@/lib/database/client";
import { env } from "@/lib/env";
import { ORGANIZATIONS, PEOPLE, listEntities } from "@/lib/registry/list-entities";
import { COUNTRIES, TOPICS, listVocabulary } from "@/lib/registry/list-vocabulary";
import { registryQuerySchema } from "@/lib/registry/schemas";

const { values } = parseArgs({ options: { meetings: { type: "string", default: "100000" }, samples: { type: "string", default: "30" } } });
const meetings = Number(values.meetings);
const samples = Number(values.samples);
const log = (line: string) => console.log(line);

const database = await openBenchDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.PARLEY_DATA_DIR, meetings, seed: 1, log });
const prisma = createPrismaClient(database.url, { max: 1 });
const client = new pg.Client({ connectionString: database.url });
await client.connect();

async function time(work: () => Promise<unknown>): Promise<Stats> {
  for (let i = 0; i < 3; i += 1) await work();
  const ms: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const started = performance.now();
    await work();
    ms.push(performance.now() - started);
  }
  return summarise(ms);
}

try {
  // Search words the data holds: the most-met person's name with a letter changed, and an acronym.
  const { rows: [top] } = await client.query<{ name: string }>(
    `SELECT p."name" FROM "PersonMeetingStats" s JOIN "Person" p ON p."id" = s."personId" ORDER BY s."meetings" DESC LIMIT 1`);
  const misspelt = top!.name.replace(/[aeiou]/, (v) => (v === "a" ? "e" : "a"));
  const { rows: [org] } = await client.query<{ acronym: string | null; name: string }>(
    `SELECT o."acronym", o."name" FROM "OrganizationMeetingStats" s JOIN "Organization" o ON o."id" = s."organizationId" ORDER BY s."meetings" DESC LIMIT 1`);

  const pages: { name: string; run: () => Promise<unknown> }[] = [];
  const entity = { people: PEOPLE, organizations: ORGANIZATIONS };
  const vocabulary = { countries: COUNTRIES, topics: TOPICS };
  const asks: Record<string, string>[] = [
    {},
    { sort: "name" },
    { sort: "lastMet" },
    { sort: "lastMet", dir: "asc" },
    { sort: "meetings", page: "20" },
  ];
  for (const [kind, tables] of Object.entries(entity)) {
    for (const ask of [...asks, { q: kind === "people" ? misspelt : (org?.acronym ?? org!.name) }, { q: "ali" }, { q: "ali", sort: "meetings" }]) {
      pages.push({ name: `/${kind}?${new URLSearchParams(ask)}`, run: () => listEntities(prisma, registryQuerySchema.parse(ask), tables) });
    }
  }
  for (const [kind, tables] of Object.entries(vocabulary)) {
    for (const ask of [{}, { sort: "name" }, { q: kind === "countries" ? "Turky" : "enrgy" }] as Record<string, string>[]) {
      pages.push({ name: `/${kind}?${new URLSearchParams(ask)}`, run: () => listVocabulary(prisma, registryQuerySchema.parse(ask), tables) });
    }
  }
  const pageResults: Record<string, Stats> = {};
  for (const page of pages) {
    pageResults[page.name] = await time(page.run);
    log(`${page.name}: p50 ${pageResults[page.name]!.medianMs} ms, p95 ${pageResults[page.name]!.p95Ms} ms`);
  }

  // A save's link rewrite (the write path deletes and inserts a meeting's participants, countries
  // and topics) and a trash, on the most-met person's latest meeting, folded in (SET CONSTRAINTS
  // fires the deferred trigger) and rolled back, so the data stays as loaded.
  const { rows: [latest] } = await client.query<{ id: string }>(`
    SELECT m."id" FROM "PersonMeetingStats" s JOIN "Participation" x ON x."personId" = s."personId"
    JOIN "Meeting" m ON m."id" = x."meetingId" AND m."date" = s."lastMetOn" AND m."deletedAt" IS NULL
    ORDER BY s."meetings" DESC LIMIT 1`);
  const id = latest!.id;
  const rewrite = async () => {
    await client.query("BEGIN");
    for (const table of ["Participation", "MeetingCountry", "MeetingTopic"]) {
      await client.query(`CREATE TEMP TABLE keep ON COMMIT DROP AS SELECT * FROM "${table}" WHERE "meetingId" = $1`, [id]);
      await client.query(`DELETE FROM "${table}" WHERE "meetingId" = $1`, [id]);
      await client.query(`INSERT INTO "${table}" SELECT * FROM keep`);
      await client.query(`DROP TABLE keep`);
    }
    await client.query("SET CONSTRAINTS ALL IMMEDIATE");
    await client.query("ROLLBACK");
  };
  const trash = async () => {
    await client.query("BEGIN");
    await client.query(`UPDATE "Meeting" SET "deletedAt" = now() WHERE "id" = $1`, [id]);
    await client.query("SET CONSTRAINTS ALL IMMEDIATE");
    await client.query("ROLLBACK");
  };
  const triggers = ["Participation", "MeetingCountry", "MeetingTopic"].flatMap((t) => ["insert", "update", "delete"].map((e) => [t, `${t}_registry_${e}`]));
  triggers.push(["Meeting", "Meeting_registry_update"], ["Meeting", "Meeting_registry_delete"]);
  const setTriggers = async (enabled: boolean) => {
    for (const [table, trigger] of triggers) await client.query(`ALTER TABLE "${table}" ${enabled ? "ENABLE" : "DISABLE"} TRIGGER "${trigger}"`);
  };
  const save = { withRegistry: await time(rewrite), trashWithRegistry: await time(trash) } as Record<string, Stats>;
  await setTriggers(false);
  try {
    save.withoutRegistry = await time(rewrite);
    save.trashWithoutRegistry = await time(trash);
  } finally {
    await setTriggers(true);
  }
  log(`save rewrite: ${save.withRegistry!.medianMs} ms with, ${save.withoutRegistry!.medianMs} ms without; trash ${save.trashWithRegistry!.medianMs} / ${save.trashWithoutRegistry!.medianMs} ms`);

  const { rows: facts } = await client.query<{ meetings: number; participations: number; people: number; organizations: number; mostMet: number }>(`
    SELECT (SELECT count(*)::int FROM "Meeting") AS meetings, (SELECT count(*)::int FROM "Participation") AS participations,
           (SELECT count(*)::int FROM "Person") AS people, (SELECT count(*)::int FROM "Organization") AS organizations,
           (SELECT max("meetings") FROM "PersonMeetingStats") AS "mostMet"`);
  const { rows: drift } = await client.query<{ drifted: number }>(`
    SELECT count(*)::int AS drifted FROM "Person" e LEFT JOIN "PersonMeetingStats" s ON s."personId" = e."id"
    LEFT JOIN parley_registry_counted('person') c ON c.key = e."id"::text
    WHERE s."meetings" IS DISTINCT FROM coalesce(c."meetings", 0) OR s."lastMetOn" IS DISTINCT FROM c."lastMetOn"`);

  const report = {
    about: "The registry's index statements and the kept counts' cost to a save (lib/bench/registry-timing.ts). Times are of the statement from Node over one connection, not of the whole page.",
    command: `npm run bench:registry -- --meetings ${meetings} --samples ${samples}`,
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10) },
    data: { ...facts[0], loadedThisRun: database.loaded, peopleWhoseKeptCountsDifferFromARecount: drift[0]!.drifted },
    pages: pageResults,
    save,
  };
  const file = path.resolve(`bench-results/registry-${meetings}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  log(`wrote ${file}`);
} finally {
  await client.end();
  await prisma.$disconnect();
  await database.close();
}
