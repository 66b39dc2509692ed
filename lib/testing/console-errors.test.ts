import { expect, it } from "vitest";
import { logger } from "@/lib/logger";
import { expectConsoleError, takeConsoleErrorProblems } from "@/lib/testing/console-errors";

// The checks below take the problems themselves, so these tests end clean; any other test with
// the same console.error would fail in the guard's afterEach.
it("catches a console.error the test did not declare, and lets a declared one through", () => {
  console.error("an undeclared fault", { id: 7 });
  expect(takeConsoleErrorProblems()).toEqual([expect.stringMatching(/unexpected error output[\s\S]*console.error: an undeclared fault \{ id: 7 \}/)]);

  expectConsoleError(/a declared fault/);
  console.error("a declared fault");
  expect(takeConsoleErrorProblems()).toEqual([]);
});

it("reports a declared console.error that never came", () => {
  expectConsoleError(/never logged/);
  expect(takeConsoleErrorProblems()).toEqual(["expected an error matching /never logged/, none was logged"]);
});

it("catches an error the logger writes, which does not pass through the console", () => {
  logger.error({ referenceId: "ab12" }, "form action failed");
  expect(takeConsoleErrorProblems()).toEqual([expect.stringMatching(/logger.error: .*ab12.* form action failed/)]);
});
