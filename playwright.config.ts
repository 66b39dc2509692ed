import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Run through `npm run test:e2e` (lib/testing/run-suite.ts): it prepares a fresh database and a production
// build first, then passes DATABASE_URL, PARLEY_E2E_PORT and PARLEY_NEXT_DIST_DIR through here.
const port = Number(process.env.PARLEY_E2E_PORT ?? 3100);
// A production server refuses to start without a configured auth secret (lib/auth/secret.ts). This
// throw-away key is for the throw-away e2e database only; the fixtures sign cookies with it too.
process.env.PARLEY_AUTH_SECRET ??= "e2e-only-auth-secret-never-used-outside-tests-0001";
const baseURL = `http://localhost:${port}`;

// Debian's Chromium when installed (no browser download here); Playwright's own otherwise.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => existsSync(file));

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.PARLEY_E2E_REPORT ?? "test-results/e2e.json" }],
  ],
  use: {
    baseURL,
    trace: "on-first-retry",
    launchOptions: {
      executablePath: systemChromium,
      // Without these Chromium keeps calling home, which a closed network answers with errors.
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-gpu",
        // On two cores a renderer process per page and context kept the kernel busy (31 % of the
        // end-to-end layer's CPU); sharing two of them took two specs from 2.3 to 1.9 minutes.
        "--renderer-process-limit=2",
        ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
      ],
    },
  },
  // The extraction spec saves a second copy of the demo's Baku meeting, so it runs after the specs
  // that count the demo's Gafarova rows (they share one database).
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: /extraction\.spec\.ts$/ },
    { name: "chromium-after", use: { ...devices["Desktop Chrome"] }, testMatch: /extraction\.spec\.ts$/, dependencies: ["chromium"] },
  ],
  webServer: {
    command: `node node_modules/next/dist/bin/next start --port ${port}`,
    // A route that needs no database: Playwright starts the server before anything else.
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) },
  },
});
