// `npm run bench:inbox -- [--meetings 5000] [--samples 40]`: what watches cost a save, and what
// the fan-out costs per change (issue 22: with 1,000 watches a save costs at most 10 ms more).
//
// The design adds nothing to a save's transaction: the revision it writes anyway is the outbox
// (decision 0039), so a save with 1,000 watches should time as one without. This measures it: the
// same meeting saved through the one write path `samples` times with no watches, then with 1,000
// (on people, organisations, countries, pairs, topics, tags and saved views, many matching the
// saved meeting), alternating rounds so the machine's load falls on both alike; then the fan-out
// of each change, one change per batch. Figures and the load average go to bench-results/inbox.json.
// The machine is shared: the load average is recorded before and after.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openBenchDatabase } from "@/lib/bench/database";
import { round, summarise } from "@/lib/bench/timing";
import { createPrismaClient } from "@/lib/database/client";
import { env } from "@/lib/env";
import { drainInbox, fanOutBatch } from "@/lib/inbox/fan-out";
import { writeMeetingRecord } from "@/lib/meetings/write/write-meeting";
import { readMeetingSnapshot } from "@/lib/meetings/write/snapshot";
import { runMeetingWork } from "@/lib/meetings/write/unit-of-work";

const root = path.resolve(import.meta.dirname, "../..");
const log = (line: string) => console.log(`bench:inbox: ${line}`);
const { values } = parseArgs({ options: { meetings: { type: "string", default: "5000" }, samples: { type: "string", default: "40" }, watches: { type: "string", default: "1000" } } });
const meetings = Number(values.meetings);
const samples = Number(values.samples);
const watchCount = Number(values.watches);
const loadBefore = os.loadavg();

const database = await openBenchDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.PARLEY_DATA_DIR, meetings, seed: 1, log });
const db = createPrismaClient(database.url, { max: 2 });

try {
  const suffix = Date.now().toString(36);
  const actorId = `bench-inbox-${suffix}`;
  await db.user.create({ data: { id: actorId, name: "Bench analyst", email: `${actorId}@bench.parley.example`, role: "analyst" } });
  // The meeting saved: the newest live one with at least two countries.
  const [meeting] = await db.$queryRaw<{ id: string }[]>`
    SELECT m."id"::text AS "id" FROM "Meeting" m WHERE m."deletedAt" IS NULL AND (SELECT count(*) FROM "MeetingCountry" c WHERE c."meetingId" = m."id") >= 2
     ORDER BY m."id" DESC LIMIT 1`;
  const meetingId = meeting!.id;

  // Start the fan-out at the feed's end: the load's own revisions are not what is measured.
  await db.$executeRaw`UPDATE "InboxCursor" SET "seq" = (SELECT COALESCE(max("seq"), 0) FROM "Revision") WHERE "name" = 'inbox'`;

  let round_ = 0;
  const save = async () => {
    round_ += 1;
    const started = performance.now();
    await runMeetingWork(db, actorId, async (unit) => {
      const current = (await readMeetingSnapshot(unit.tx, meetingId))!;
      await writeMeetingRecord(unit, { meetingId, expectedVersion: current.version, record: { ...current.record, summary: `${current.record.summary.replace(/ \[bench \d+\]$/, "")} [bench ${round_}]` }, action: "UPDATE" });
    });
    return performance.now() - started;
  };

  const watchers = await makeWatches(db, meetingId, watchCount, suffix);
  log(`${watchers.total} watches by ${watchers.users} users (${watchers.matching} match the saved meeting)`);

  // Alternate rounds without and with the watches (moved aside, not deleted), so both see the same load.
  const without: number[] = [];
  const withWatches: number[] = [];
  for (let i = 0; i < 5; i++) await save(); // warm-up
  for (let r = 0; r < samples; r++) {
    await db.$executeRawUnsafe(`ALTER TABLE "Watch" RENAME TO "WatchAside"`);
    await db.$executeRawUnsafe(`CREATE TABLE "Watch" (LIKE "WatchAside" INCLUDING ALL)`);
    without.push(await save());
    await db.$executeRawUnsafe(`DROP TABLE "Watch"`);
    await db.$executeRawUnsafe(`ALTER TABLE "WatchAside" RENAME TO "Watch"`);
    withWatches.push(await save());
  }
  const watchRows = await db.watch.count();

  // The fan-out: every change so far, one per batch, timed.
  const perChange: number[] = [];
  let items = 0;
  for (;;) {
    const started = performance.now();
    const batch = await fanOutBatch(db, 1);
    if (!batch || batch.changes === 0) break;
    perChange.push(performance.now() - started);
    items += batch.items;
  }
  await drainInbox(db);

  const a = summarise(without);
  const b = summarise(withWatches);
  const report = {
    benchmark: "inbox",
    when: new Date().toISOString(),
    meetings,
    watches: watchRows,
    watchers: watchers.users,
    watchesMatchingTheSavedMeeting: watchers.matching,
    savedViewWatches: watchers.savedViews,
    machine: { cpus: os.cpus().length, note: "Figures move with the machine's load (loadAverage, before and after): compare the two save series, taken in alternating rounds." },
    loadAverage: { before: loadBefore.map((x) => round(x)), after: os.loadavg().map((x) => round(x)) },
    save: {
      withoutWatches: a,
      withWatches: b,
      extraMedianMs: round(b.medianMs - a.medianMs),
      extraP95Ms: round(b.p95Ms - a.p95Ms),
      target: "at most 10 ms more with 1,000 watches",
      design: "the save writes nothing for watches: its revision is the outbox; the fan-out runs after the commit, in its own transaction",
    },
    fanOut: {
      perChange: summarise(perChange),
      changes: perChange.length,
      inboxItemsWritten: items,
      scaling: "per change: one statement for the meeting's keys, one indexed lookup of Watch on (kind, key) for its people, organisations, countries, pairs, topics and tags, one statement testing each watched saved view against this meeting's id alone, one insert of the items; independent of the number of meetings",
    },
  };
  mkdirSync(path.join(root, "bench-results"), { recursive: true });
  writeFileSync(path.join(root, "bench-results", "inbox.json"), `${JSON.stringify(report, null, 2)}\n`);
  log(`save median ${a.medianMs} ms → ${b.medianMs} ms with ${watchRows} watches (p95 ${a.p95Ms} → ${b.p95Ms}); fan-out per change median ${report.fanOut.perChange.medianMs} ms, p95 ${report.fanOut.perChange.p95Ms} ms`);
} finally {
  await db.$disconnect();
  await database.close();
}

/**
 * `count` watches by users of the bench's own: a fifth on the saved meeting's own countries, pair,
 * people and topics (each change of it tells those watchers), the rest on other keys from the
 * data, and 20 on saved views (each tested against every changed meeting).
 */
async function makeWatches(client: typeof db, meetingId: string, count: number, suffix: string) {
  const users = Array.from({ length: Math.ceil(count / 10) }, (_, i) => ({ id: `bench-watcher-${suffix}-${i}`, name: `Bench watcher ${i}`, email: `bench-watcher-${suffix}-${i}@bench.parley.example`, role: "viewer" }));
  await client.user.createMany({ data: users });
  const own = await client.$queryRaw<{ kind: string; key: string }[]>`
    SELECT 'COUNTRY' AS "kind", "countryCode"::text AS "key" FROM "MeetingCountry" WHERE "meetingId" = ${meetingId}::uuid
    UNION SELECT 'PERSON', "personId"::text FROM "Participation" WHERE "meetingId" = ${meetingId}::uuid
    UNION SELECT 'TOPIC', "topicId"::text FROM "MeetingTopic" WHERE "meetingId" = ${meetingId}::uuid
    UNION SELECT 'PAIR', least(a."countryCode", b."countryCode") || '-' || greatest(a."countryCode", b."countryCode")
      FROM "MeetingCountry" a JOIN "MeetingCountry" b ON a."meetingId" = b."meetingId" AND a."countryCode" < b."countryCode" WHERE a."meetingId" = ${meetingId}::uuid`;
  const others = await client.$queryRaw<{ kind: string; key: string }[]>`
    (SELECT 'PERSON' AS "kind", "id"::text AS "key" FROM "Person" ORDER BY "id" LIMIT 300)
    UNION ALL (SELECT 'ORGANIZATION', "id"::text FROM "Organization" ORDER BY "id" LIMIT 200)
    UNION ALL (SELECT 'COUNTRY', "code"::text FROM "Country" ORDER BY "code" LIMIT 150)
    UNION ALL (SELECT 'TOPIC', "id"::text FROM "Topic" ORDER BY "id" LIMIT 100)
    UNION ALL (SELECT 'TAG', "id"::text FROM "Tag" ORDER BY "id" LIMIT 100)
    UNION ALL (SELECT 'PAIR', a."code" || '-' || b."code" FROM "Country" a JOIN "Country" b ON a."code" < b."code" ORDER BY 1, 2 LIMIT 200)`;
  const savedViews = 20;
  const views = await Promise.all(
    Array.from({ length: savedViews }, (_, i) =>
      client.savedView.create({ data: { ownerId: users[i % users.length]!.id, name: `Bench view ${i}`, query: i % 2 ? `country=${["AZ", "CN", "TR", "RU", "US"][i % 5]}` : `q=${["energy", "gas", "security", "trade", "visit"][i % 5]}`, shared: true }, select: { id: true } }),
    ),
  );
  const wanted = Math.floor(count / 5);
  const targets = [
    ...Array.from({ length: wanted }, (_, i) => own[i % own.length]!),
    ...views.map((v) => ({ kind: "SAVED_VIEW", key: v.id })),
    ...others,
  ];
  const rows: { userId: string; kind: string; key: string; label: string }[] = [];
  const seen = new Set<string>();
  let next = 0;
  for (const target of targets) {
    if (rows.length >= count) break;
    // Each user watches a thing once: spread the same target over different users.
    for (let tries = 0; tries < users.length; tries++) {
      const user = users[next++ % users.length]!;
      const id = `${user.id}|${target.kind}|${target.key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      rows.push({ userId: user.id, kind: target.kind, key: target.key, label: `${target.kind} ${target.key}` });
      break;
    }
  }
  await client.$executeRaw`
    INSERT INTO "Watch" ("id", "userId", "kind", "key", "label")
    SELECT gen_random_uuid(), r->>'userId', (r->>'kind')::"WatchKind", r->>'key', r->>'label' FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) r`;
  return { total: rows.length, users: users.length, matching: Math.min(wanted, rows.length), savedViews };
}
