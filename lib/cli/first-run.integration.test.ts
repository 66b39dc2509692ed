import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { ensureFirstAdmin } from "@/lib/auth/first-admin";
import { env } from "@/lib/env";
import { firstRunCredentialsFile, prepareFirstRun } from "@/prisma/seed/first-run";

// DATABASE_URL is this file's own throw-away database: reference data, no users, no meetings.
const url = process.env.DATABASE_URL ?? "";
const db = createPrismaClient(url, { max: 2 });
afterAll(() => db.$disconnect());
afterEach(async () => {
  env.PARLEY_ADMIN_EMAIL = undefined;
  env.PARLEY_ADMIN_PASSWORD = undefined;
  await db.$executeRaw`TRUNCATE "user" CASCADE`;
});

it("loads no demo meetings in production, and keeps every generated password out of the log", async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "parley-first-run-"));
  const logged: string[] = [];
  await prepareFirstRun(url, { log: (line) => logged.push(line), production: true, dataDir, terminal: false });

  expect(await db.meeting.count()).toBe(0);
  expect(await db.country.count()).toBeGreaterThan(100);
  const admin = await db.user.findFirstOrThrow({ where: { role: "admin" } });
  const file = firstRunCredentialsFile(dataDir);
  const saved = readFileSync(file, "utf8");
  const password = /password (\S+)/.exec(saved)?.[1] ?? "";
  expect(saved).toContain(admin.email);
  expect(password).toMatch(/^[a-z0-9]{5}(-[a-z0-9]{5}){3}$/);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(logged.join("\n")).not.toContain(password);
  expect(logged.join("\n")).toContain(file);
  expect(await db.user.count()).toBe(1); // no demo accounts in production
});

it("prints the generated password when a person is watching a terminal", async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "parley-first-run-"));
  const logged: string[] = [];
  await prepareFirstRun(url, { log: (line) => logged.push(line), production: true, dataDir, terminal: true });

  expect(logged.join("\n")).toMatch(/Sign in as admin@parley\.localhost with the password [a-z0-9-]{23}/);
  expect(() => statSync(firstRunCredentialsFile(dataDir))).toThrow();
});

it("creates the first admin only once, even when the second start names a different admin", async () => {
  await ensureFirstAdmin(url, { log: () => {}, production: true });
  env.PARLEY_ADMIN_EMAIL = "someone-else@example.org";
  env.PARLEY_ADMIN_PASSWORD = "a long unusual passphrase 42";
  await ensureFirstAdmin(url, { log: () => {}, production: true });

  const users = await db.user.findMany({ select: { email: true } });
  expect(users).toEqual([{ email: "admin@parley.localhost" }]);
});
