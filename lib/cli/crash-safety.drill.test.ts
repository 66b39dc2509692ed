import { EMPTY_COUNTRY_ROW, EMPTY_MEETING_FORM, EMPTY_PARTICIPANT_ROW } from "@/lib/meetings/form-data";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/database/embedded";
import { descendants, isAlive } from "@/lib/testing/app-process";
import { embeddedAppDrill } from "@/lib/testing/embedded-app-drill";
import { signInOverHttp, submitForm } from "@/lib/testing/http-session";

const ANALYST = { email: "crash-admin@test.parley.example", password: "a long crash drill passphrase" };
const startDrill = embeddedAppDrill("crash", ANALYST);
const SAVERS = 4;
const ACKNOWLEDGED_BEFORE_CRASH = 12;

it("after kill -9 of the app and an immediate stop of PostgreSQL mid-stream, every acknowledged save is whole and nothing is half saved", async () => {
  const { app, clusterDir, dbPort, databaseUrl } = await startDrill();
  const postmaster = Number(readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const cookie = await signInOverHttp(app.baseUrl, ANALYST.email, ANALYST.password);

  // A stream of saves from several analysts' tabs; a save counts once the server acknowledged it
  // by redirecting to the new meeting's permalink.
  const acknowledged: { id: string; title: string }[] = [];
  let crashed = false;
  let sent = 0;
  const saver = async () => {
    while (!crashed) {
      const title = `Crash drill ${sent++}`;
      const response = await submitForm(app.baseUrl, "/meetings/new", {
        cookie,
        which: /name="record"/,
        fields: {
          // The form posts the whole record as JSON in one hidden field, as the browser does.
          record: JSON.stringify({
            ...EMPTY_MEETING_FORM,
            title,
            kind: "TALKS",
            date: "2025-03-14",
            countries: [{ ...EMPTY_COUNTRY_ROW, countryCode: "FR" }, { ...EMPTY_COUNTRY_ROW, countryCode: "DE" }],
            participants: [
              { ...EMPTY_PARTICIPANT_ROW, name: `Envoy ${title}` },
              { ...EMPTY_PARTICIPANT_ROW, name: `Minister ${title}` },
            ],
            sources: [],
          }),
        },
      }).catch(() => undefined);
      const id = /\/meetings\/([0-9a-f-]{36})/.exec(response?.headers.get("location") ?? "")?.[1];
      if (id && !crashed) acknowledged.push({ id, title });
    }
  };
  const savers = Array.from({ length: SAVERS }, saver);
  while (acknowledged.length < ACKNOWLEDGED_BEFORE_CRASH) await new Promise((resolve) => setTimeout(resolve, 50));

  const appProcesses = [app.child.pid ?? 0, ...descendants(app.child.pid ?? 0)].filter((pid) => pid !== postmaster);
  const before = [...acknowledged];
  for (const pid of appProcesses) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  process.kill(postmaster, "SIGQUIT"); // PostgreSQL's immediate shutdown: no checkpoint
  crashed = true;
  await Promise.all(savers);
  await app.exited;
  for (let waited = 0; isAlive(postmaster) && waited < 100; waited++) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(isAlive(postmaster)).toBe(false);

  const server = await startEmbeddedPostgres({ clusterDir, port: dbPort });
  const client = new pg.Client({ connectionString: databaseUrl() });
  try {
    await client.connect();
    const { rows } = await client.query<{ id: string; title: string; countries: number; participants: number }>(
      `SELECT m.id, m.title,
              (SELECT count(*)::int FROM "MeetingCountry" c WHERE c."meetingId" = m.id) AS countries,
              (SELECT count(*)::int FROM "Participation" p WHERE p."meetingId" = m.id) AS participants
         FROM "Meeting" m WHERE m.title LIKE 'Crash drill %'`,
    );
    const saved = new Map(rows.map((row) => [row.id, row]));
    for (const { id, title } of before) expect(saved.get(id)?.title).toBe(title);
    expect(rows.filter((row) => row.countries !== 2 || row.participants !== 2)).toEqual([]);
  } finally {
    await client.end().catch(() => {});
    await server.stop();
  }
}, 300_000);
