import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase } from "@/lib/database/admin";
import { EMPTY_COUNTRY_ROW, EMPTY_MEETING_FORM, EMPTY_PARTICIPANT_ROW, EMPTY_SOURCE } from "@/lib/meetings/form-data";
import { signInOverHttp, submitForm } from "@/lib/testing/http-session";
import { killLeftovers, startApp, type AppProcess } from "@/lib/testing/app-process";
import { ensureProductionBuild } from "@/lib/testing/production-build";
import { freePort } from "@/lib/testing/test-server";

// What next.config.ts sets, on the production build as `npm start` serves it (headers() and the
// action body limit are read at build time).
const serverUrl = inject("testServerUrl");
const ADMIN = { email: "config-admin@test.parley.example", password: "next config drill passphrase" };
const databaseName = `parley_config_${process.pid}_${Date.now().toString(36)}`;
let app: AppProcess | undefined;
let chunk = "";

beforeAll(async () => {
  const distDir = ensureProductionBuild();
  chunk = readdirSync(path.join(import.meta.dirname, "../..", distDir, "static/chunks")).find((name) => name.endsWith(".js")) ?? "";
  app = await startApp({
    port: await freePort(),
    env: {
      DATABASE_URL: await createDatabase(serverUrl, databaseName),
      PARLEY_NEXT_DIST_DIR: distDir,
      PARLEY_AUTH_SECRET: "next-config-drill-secret-0123456789-abcdefgh",
      PARLEY_ADMIN_EMAIL: ADMIN.email,
      PARLEY_ADMIN_PASSWORD: ADMIN.password,
    },
  });
}, 900_000);

afterAll(async () => {
  app?.child.kill("SIGTERM");
  await app?.exited;
  killLeftovers(app);
  await dropDatabase(serverUrl, databaseName);
}, 60_000);

async function headersOf(pathname: string): Promise<Headers> {
  const response = await fetch(`${app?.baseUrl}${pathname}`, { redirect: "manual" });
  await response.arrayBuffer();
  return response.headers;
}

// Paths proxy.ts's matcher skips: public files, the icons, Next's static chunks.
it.each(["/robots.txt", "/favicon.svg", "/icon.svg", "/_next/static/chunks/CHUNK", "/_next/static/chunks/no-such-chunk.js"])(
  "%s, which the proxy does not handle, carries the security headers",
  async (pathname) => {
    const headers = await headersOf(pathname.replace("CHUNK", chunk));
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("same-origin");
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("permissions-policy")).toContain("camera=()");
    expect(headers.get("strict-transport-security")).toMatch(/^max-age=\d+/);
    expect(headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    expect(headers.get("content-security-policy")).toMatch(/object-src 'none'/);
  },
);

it("a page keeps the proxy's nonce policy, and no second policy or doubled header restricts its scripts", async () => {
  const headers = await headersOf("/sign-in");
  const csp = headers.get("content-security-policy") ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  // Two policies arrive joined by ", "; any script-src besides the nonce one would block the page's scripts.
  expect(csp.match(/script-src|default-src/g)).toEqual(["default-src", "script-src"]);
  expect(headers.get("x-frame-options")).toBe("DENY");
  expect(headers.get("x-content-type-options")).toBe("nosniff");
});

it("saves a meeting whose sources, each within its limit, make a form post of more than 1 MB", async () => {
  const cookie = await signInOverHttp(app?.baseUrl ?? "", ADMIN.email, ADMIN.password);
  const sourceText = "The delegations met at the ministry and agreed to continue the talks. ".repeat(2_000); // 140,000 characters
  const record = JSON.stringify({
    ...EMPTY_MEETING_FORM,
    title: "Talks with long sources",
    kind: "TALKS",
    date: "2025-03-14",
    countries: [{ ...EMPTY_COUNTRY_ROW, countryCode: "FR" }],
    participants: [{ ...EMPTY_PARTICIPANT_ROW, name: "A long-sourced envoy" }],
    sources: Array.from({ length: 10 }, (_, index) => ({ ...EMPTY_SOURCE, outlet: `Outlet ${index}`, text: sourceText })),
  });
  expect(record.length).toBeGreaterThan(1_400_000);

  const response = await submitForm(app?.baseUrl ?? "", "/meetings/new", { cookie, which: /name="record"/, fields: { record } });
  // Saved: the action answers with the new meeting's permalink.
  expect(response.headers.get("location") ?? `status ${response.status}`).toMatch(/\/meetings\/[0-9a-f-]{36}/);
}, 120_000);
