import { afterEach, beforeEach } from "vitest";
import { logger } from "@/lib/logger";
import { recordConsoleError, takeConsoleErrorProblems } from "@/lib/testing/console-errors";

// A setup file for every test project. console.error is wrapped once, not spied on per test:
// `restoreMocks` would undo a spy before the test runs. The message still prints.
const print = console.error.bind(console);
console.error = (...args: unknown[]) => {
  recordConsoleError(args);
  print(...args);
};
for (const level of ["error", "fatal"] as const) {
  const write = logger[level];
  logger[level] = function (this: typeof logger, ...args: Parameters<typeof write>) {
    recordConsoleError(args, `logger.${level}`);
    return write.apply(this, args);
  } as typeof write;
}

// Whatever a previous test's hooks logged after its check belongs to no test.
beforeEach(() => {
  takeConsoleErrorProblems();
});

afterEach(() => {
  const problems = takeConsoleErrorProblems();
  if (problems.length > 0) throw new Error(problems.join("\n\n"));
});
