import pg from "pg";
import { expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/database/embedded";
import { descendants, isAlive } from "@/lib/testing/app-process";
import { embeddedAppDrill } from "@/lib/testing/embedded-app-drill";
import { readForm, sessionCookies } from "@/lib/testing/http-session";

const ADMIN = { email: "ops-admin@test.parley.example", password: "a long shutdown test passphrase" };
const startDrill = embeddedAppDrill("shutdown", ADMIN);

it("on SIGTERM to npm start, finishes the write in flight, stops Next.js then PostgreSQL, leaves no process and exits 0", async () => {
  const drill = await startDrill();
  const { app, clusterDir, dbPort } = drill;
  const databaseUrl = drill.databaseUrl();
  const processes = [app.child.pid ?? 0, ...descendants(app.child.pid ?? 0)];
  expect(processes.length).toBeGreaterThanOrEqual(3); // npm's launcher, Next.js, PostgreSQL

  // Hold the session table against writes (reads go on) so the sign-in's write waits, in flight,
  // while the stop begins.
  const postSignIn = await readForm(app.baseUrl, "/sign-in", { which: /name="password"/ });
  const holder = new pg.Client({ connectionString: databaseUrl });
  await holder.connect();
  await holder.query("BEGIN");
  await holder.query(`LOCK TABLE "session" IN SHARE MODE`);
  const signIn = postSignIn({ email: ADMIN.email, password: ADMIN.password }).then(
    (response) => ({ cookie: sessionCookies(response), status: response.status }),
    (error: unknown) => ({ error }),
  );
  // The sign-in is in flight once PostgreSQL shows it waiting for the lock. Asked from another
  // connection: inside the holder's transaction pg_stat_activity would be a frozen snapshot.
  const observer = new pg.Client({ connectionString: databaseUrl });
  await observer.connect();
  const deadline = Date.now() + 60_000;
  for (let waiting = 0; waiting === 0; ) {
    const { rows } = await observer.query<{ count: string }>(
      `SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = 'parley'`,
    );
    waiting = Number(rows[0]?.count ?? 0);
    if (waiting === 0 && Date.now() > deadline) throw new Error(`the sign-in never reached its write:\n${app.output()}`);
    if (waiting === 0) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await observer.end();

  app.child.kill("SIGTERM"); // to npm itself, as a container runtime or supervisor does
  await new Promise((resolve) => setTimeout(resolve, 1000)); // the stop is under way …
  await holder.query("COMMIT"); // … and only now can the write go on
  await holder.end();

  const outcome = await signIn;
  const exit = await app.exited;
  expect(outcome).toMatchObject({ status: 303, cookie: expect.stringMatching(/session_token=/) });
  expect(exit).toEqual({ code: 0, signal: null });
  // Give the kernel a moment to reap; every process of the tree must be gone.
  const leftovers = processes.filter((pid) => isAlive(pid));
  expect(leftovers, app.output()).toEqual([]);
  expect(app.output()).toMatch(/stopping: finishing requests in flight[\s\S]*database stopped/);

  // The acknowledged write is there after a restart.
  const server = await startEmbeddedPostgres({ clusterDir, port: dbPort });
  try {
    const check = new pg.Client({ connectionString: databaseUrl });
    await check.connect();
    const { rows } = await check.query<{ count: string }>(
      `SELECT count(*) FROM "session" s JOIN "user" u ON u.id = s."userId" WHERE u.email = $1`,
      [ADMIN.email],
    );
    await check.end();
    expect(Number(rows[0]?.count)).toBe(1);
  } finally {
    await server.stop();
  }
}, 240_000);
