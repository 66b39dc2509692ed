import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

// Unit tests sit next to the code as `*.test.ts`; integration tests, which get a fresh
// PostgreSQL database per test file, as `*.integration.test.ts`; the process drills (real
// `npm start` killed, stopped or doubled, a streaming standby), minutes of child processes each,
// as `*.drill.test.ts`: `npm run drills` runs them, `npm test` does not.
const integrationHarness = {
  globalSetup: ["lib/testing/integration-global-setup.ts"],
  setupFiles: ["lib/testing/integration-file-setup.ts", "lib/testing/console-error-guard.ts"],
  hookTimeout: 120_000,
};
export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside Next's server bundle; tests run the server code directly.
      "server-only": path.join(root, "lib/testing/server-only.ts"),
    },
  },
  test: {
    environment: "node",
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          // Vitest's default is one worker per core but one, which on a two-core machine is one.
          maxWorkers: 2,
          include: ["{app,components,lib,prisma}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.integration.test.{ts,tsx}", "**/*.drill.test.{ts,tsx}", "node_modules/**", "lib/generated/**"],
          setupFiles: ["lib/testing/console-error-guard.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          // These tests mostly wait on PostgreSQL and on child processes, so three files at once keep
          // two cores busy: 220 s → 155 s on two cores (Vitest's default there is a single worker).
          maxWorkers: 3,
          include: ["{app,components,lib,prisma}/**/*.integration.test.{ts,tsx}"],
          exclude: ["node_modules/**", "lib/generated/**"],
          ...integrationHarness,
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "drills",
          // Each drill starts app processes and PostgreSQL clusters of its own and times out its
          // own waits; two at once is what two cores carry without the drills timing each other out.
          maxWorkers: 2,
          include: ["{app,components,lib,prisma}/**/*.drill.test.{ts,tsx}"],
          exclude: ["node_modules/**", "lib/generated/**"],
          ...integrationHarness,
          setupFiles: [...integrationHarness.setupFiles, "lib/testing/drill-load-log.ts"],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
