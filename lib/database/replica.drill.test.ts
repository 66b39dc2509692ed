import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { createDatabase, withDatabaseName } from "@/lib/database/admin";
import { createPrismaClient } from "@/lib/database/client";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/database/embedded";
import { migrate } from "@/lib/database/migrate";
import { makeStandby, startStandby, type RunningStandby } from "@/lib/database/standby";
import { freePort } from "@/lib/testing/test-server";
import { seedReferenceData } from "@/prisma/seed/reference";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

// This file runs its own primary and a streaming standby of it (lib/database/standby.ts): the
// shared test server's cluster holds every other file's database and may be a server elsewhere.
const folder = mkdtempSync(path.join(tmpdir(), "replica-test-"));
chmodSync(folder, 0o755); // as root, PostgreSQL runs as `postgres` and must reach the clusters
let primary: EmbeddedServer | undefined;
let standby: RunningStandby | undefined;
let primaryDb = "";
let standbyDb = "";

async function onStandby<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: standbyDb });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Bounded polling: the standby replays within milliseconds here; 30 s means it never will. */
async function untilStandbyReplayed(lsn: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const [row] = await onStandby<{ done: boolean }>("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done", [lsn]);
    if (row?.done) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The standby did not replay up to ${lsn}`);
}

async function primaryLsn(): Promise<string> {
  const client = new pg.Client({ connectionString: primaryDb });
  await client.connect();
  try {
    return (await client.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn")).rows[0]!.lsn;
  } finally {
    await client.end();
  }
}

let app: {
  setRequest: typeof import("@/lib/testing/auth/next-headers-mock").setRequest;
  currentCookies: typeof import("@/lib/testing/auth/next-headers-mock").currentCookies;
  createMeeting: typeof import("@/lib/meetings/mutations").createMeeting;
  searchMeetings: typeof import("@/lib/meetings/search/search-meetings").searchMeetings;
  getMeetingPage: typeof import("@/lib/meetings/detail/get-meeting-page").getMeetingPage;
  exportMeetings: typeof import("@/lib/meetings/search/export-meetings").exportMeetings;
  READ_AFTER_COOKIE: string;
};
let analystCookies: Record<string, string>;

beforeAll(async () => {
  const primaryDir = path.join(folder, "primary");
  primary = await startEmbeddedPostgres({ clusterDir: primaryDir, port: await freePort(), persistent: false });
  primaryDb = await createDatabase(primary.url, "parley_replica");
  await migrate(primaryDb);
  const seeding = createPrismaClient(primaryDb, { max: 2 });
  await seedReferenceData(seeding).finally(() => seeding.$disconnect());

  await makeStandby({ primaryUrl: primary.url, primaryDir, standbyDir: path.join(folder, "standby"), slot: "parley_test_standby" });
  standby = await startStandby({ standbyDir: path.join(folder, "standby"), port: await freePort(), primaryUrl: primary.url, log: console.warn });
  standbyDb = withDatabaseName(standby.url, "parley_replica");
  await untilStandbyReplayed(await primaryLsn());

  // lib/env.ts was read when the file's setup imported the logger: read it again with this pair.
  process.env.DATABASE_URL = primaryDb;
  process.env.PARLEY_DATABASE_REPLICA_URL = standbyDb;
  vi.resetModules();
  const { db } = await import("@/lib/db");
  const { createTestAccount } = await import("@/lib/testing/auth/users");
  analystCookies = (await createTestAccount(db, "analyst")).cookies;
  await untilStandbyReplayed(await primaryLsn()); // the session, so the standby has all but what follows
  app = {
    ...(await import("@/lib/testing/auth/next-headers-mock")),
    ...(await import("@/lib/meetings/mutations")),
    ...(await import("@/lib/meetings/search/search-meetings")),
    ...(await import("@/lib/meetings/detail/get-meeting-page")),
    ...(await import("@/lib/meetings/search/export-meetings")),
    ...(await import("@/lib/database/replica-read-your-writes")),
  };
}, 300_000); // two clusters, a migration and a copy: about 30 s on a quiet machine, minutes on a loaded one

afterAll(async () => {
  const clients = globalThis as unknown as { parleyDb?: { $disconnect: () => Promise<void> }; parleyReadDb?: { $disconnect: () => Promise<void> } };
  await clients.parleyReadDb?.$disconnect();
  await clients.parleyDb?.$disconnect();
  delete clients.parleyReadDb;
  delete clients.parleyDb;
  await standby?.stop();
  await primary?.stop();
  rmSync(folder, { recursive: true, force: true });
});

const record = (title: string) => ({ title, kind: "MEETING", date: "2026-11-30", countries: [{ countryCode: "AZ", side: "HOST" }, { countryCode: "GE", side: "GUEST" }] });
const titles = async () => (await app.searchMeetings({ q: "replicated" })).rows.map((row) => row.title);
const exported = async () => new Response((await app.exportMeetings("/meetings/export?format=csv&q=replicated")).body).text();

it("pages read the standby; the analyst who saved reads their own save from the primary until the standby has replayed it", async () => {
  await onStandby("SELECT pg_wal_replay_pause()");
  app.setRequest({ cookies: analystCookies });
  const { id } = await app.createMeeting(record("Replicated talks in Tbilisi"));
  const readAfter = app.currentCookies()[app.READ_AFTER_COOKIE];
  expect(readAfter).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);

  // (1) Another request, without the save's cookie: the standby answers, and it has not replayed the save.
  app.setRequest({ cookies: analystCookies });
  expect(await titles()).toEqual([]);
  expect(await app.getMeetingPage(id)).toBeNull();
  expect(await exported()).not.toContain("Replicated talks in Tbilisi");

  // (2) The request carrying the save's position: the standby is behind it, so the primary answers.
  app.setRequest({ cookies: { ...analystCookies, [app.READ_AFTER_COOKIE]: readAfter! } });
  expect(await titles()).toEqual(["Replicated talks in Tbilisi"]);
  expect((await app.getMeetingPage(id))?.state).toBe("shown");
  expect(await exported()).toContain("Replicated talks in Tbilisi");
  expect(await onStandby(`SELECT 1 FROM "Meeting" WHERE id = $1`, [id])).toEqual([]); // still paused

  // (3) Replay resumes: the standby serves the save to everyone.
  await onStandby("SELECT pg_wal_replay_resume()");
  await untilStandbyReplayed(readAfter!);
  app.setRequest({ cookies: analystCookies });
  expect(await titles()).toEqual(["Replicated talks in Tbilisi"]);
  expect((await app.getMeetingPage(id))?.state).toBe("shown");
});

it("reads from the primary, and logs it, when the standby is down", async () => {
  const { logger } = await import("@/lib/logger");
  const warn = vi.spyOn(logger, "warn").mockImplementation(() => {});
  await standby?.stop();
  app.setRequest({ cookies: analystCookies });
  expect(await titles()).toEqual(["Replicated talks in Tbilisi"]);
  expect(warn).toHaveBeenCalledWith(expect.anything(), expect.stringMatching(/replica did not answer/));
});
