import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { sessionCookieName } from "@/lib/auth/cookie-config";
import { loadAuthSecret } from "@/lib/auth/secret";
import { createTestAccount } from "@/lib/testing/auth/users";
import { startNextServer, type NextServer } from "@/lib/bench/next-server";
import { countPageStatements } from "@/lib/bench/page-statements";
import { OTHER_TARGETS } from "@/lib/bench/targets";
import { db } from "@/lib/db";
import { requireDatabaseUrl } from "@/lib/env";
import { ensureProductionBuild } from "@/lib/testing/production-build";
import { createTestMeeting, createTestOrganization } from "@/lib/testing/factories";

// Issue 19: a page's cost is mostly its round trips to PostgreSQL, so each page an analyst reads
// most has a budget of statements, counted by the production server itself (PARLEY_STATEMENT_LOG).
const root = path.resolve(import.meta.dirname, "../..");
const logDir = mkdtempSync(path.join(os.tmpdir(), "parley-statements-"));
const logFile = path.join(logDir, "statements.log");
let server: NextServer;
let cookie = "";
let meetingId = "";
let personId = "";
let organizationId = "";
let topicId = "";
let tagId = "";

beforeAll(async () => {
  const distDir = ensureProductionBuild();
  for (let i = 0; i < 30; i++) await createTestMeeting(db, { tags: ["energy"], topics: ["energy-security"] });
  const organization = await createTestOrganization(db);
  organizationId = organization.id;
  const meeting = await createTestMeeting(db, {
    title: "Statement budget meeting",
    tags: ["energy"],
    topics: ["energy-security"],
    participants: [
      { countryCode: "AZ", side: "HOST", isDelegationLead: true, organizationId },
      { countryCode: "CN", side: "GUEST", isDelegationLead: true },
    ],
  });
  meetingId = meeting.id;
  personId = meeting.personIds[0]!;
  topicId = (await db.topic.findFirstOrThrow({ where: { slug: "energy-security" }, select: { id: true } })).id;
  tagId = (await db.tag.findFirstOrThrow({ where: { name: "energy" }, select: { id: true } })).id;
  const account = await createTestAccount(db, "analyst");
  // The production server's cookie is __Secure-prefixed whatever this process's NODE_ENV says.
  cookie = `${sessionCookieName(true)}=${Object.values(account.cookies)[0]}`;
  server = await startNextServer(root, requireDatabaseUrl(), {
    PARLEY_NEXT_DIST_DIR: distDir,
    PARLEY_AUTH_SECRET: await loadAuthSecret(db),
    PARLEY_STATEMENT_LOG: logFile,
    PARLEY_BACKGROUND_WORK: "off",
  });
}, 900_000);

afterAll(async () => {
  await server?.stop();
  rmSync(logDir, { recursive: true, force: true });
});

/** The statements of a page read a second time (the first read of a process loads its settings). */
async function statementsOf(pagePath: string): Promise<string[]> {
  await countPageStatements(server.baseUrl, pagePath, cookie, logFile);
  const page = await countPageStatements(server.baseUrl, pagePath, cookie, logFile);
  expect(page.status, pagePath).toBe(200);
  console.info(`${pagePath}: ${page.statements.length} statements\n  ${page.statements.join("\n  ")}`);
  return page.statements;
}

// Each budget is the count reached, so a statement added back fails its page's test. Every page
// starts with the session (better-auth's read) and the per-request extras (the second-factor rule,
// the header's unread count, the caller's watches and preferences: lib/auth/sessions/request-extras.ts).
const BUDGETS = {
  // Saved views and the rows with their count.
  list: 4,
  // Saved views, the plan and estimate (one EXPLAIN), the rows.
  search: OTHER_TARGETS.statementsPerPage,
  // The record with who changed it, then one statement of json subselects for everything else
  // (lib/meetings/detail/permalink.ts). A machine draft with a date adds its duplicates' search.
  permalink: 4,
  // The page's one statement, and an analyst's possible duplicates and alias sources.
  person: OTHER_TARGETS.statementsPerPage,
  organization: OTHER_TARGETS.statementsPerPage,
  // The page's one statement.
  country: 3,
  pair: 3,
  topic: 3,
  tag: 3,
};

it("the meetings list runs at most its budget of statements", async () => {
  expect((await statementsOf("/meetings")).length).toBeLessThanOrEqual(BUDGETS.list);
});

it("a search runs at most its budget of statements", async () => {
  expect((await statementsOf("/meetings?q=energy")).length).toBeLessThanOrEqual(BUDGETS.search);
});

it("a meeting's permalink runs at most its budget of statements", async () => {
  expect((await statementsOf(`/meetings/${meetingId}`)).length).toBeLessThanOrEqual(BUDGETS.permalink);
});

it("a person's page runs at most its budget of statements", async () => {
  expect((await statementsOf(`/people/${personId}`)).length).toBeLessThanOrEqual(BUDGETS.person);
});

it.each([
  ["an organisation", "organization", (): string => `/organizations/${organizationId}`],
  ["a country", "country", (): string => "/countries/AZ"],
  ["a pair of countries", "pair", (): string => "/countries/AZ/CN"],
  ["a topic", "topic", (): string => `/topics/${topicId}`],
  ["a tag", "tag", (): string => `/tags/${tagId}`],
] as const)("%s's page runs at most its budget of statements", async (_name, budget, pagePath) => {
  expect((await statementsOf(pagePath())).length).toBeLessThanOrEqual(BUDGETS[budget]);
});
