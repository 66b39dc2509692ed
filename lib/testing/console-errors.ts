import { format } from "node:util";

/**
 * Tests fail on a `console.error` or an error-level log line (lib/logger.ts, which pino writes to
 * stdout, not through the console) they did not declare (lib/testing/console-error-guard.ts).
 * React reports a broken render, a missing key or an update outside `act` on the console; a form
 * action logs an unexpected failure before turning it into a message; a test that passes while
 * either happens hides the fault. A test that provokes one on purpose says so first.
 */
const state = { expected: [] as { pattern: RegExp; seen: number }[], unexpected: [] as string[] };

/** Declares that this test logs a `console.error` or error log line matching `pattern` (at least once). */
export function expectConsoleError(pattern: RegExp): void {
  state.expected.push({ pattern, seen: 0 });
}

export function recordConsoleError(args: unknown[], source = "console.error"): void {
  const message = `${source}: ${format(...args)}`;
  const declared = state.expected.find((entry) => entry.pattern.test(message));
  if (declared) declared.seen++;
  else state.unexpected.push(message);
}

/** Ends the test's watch: the problems found, empty when the test logged only what it declared. */
export function takeConsoleErrorProblems(): string[] {
  const problems = [
    ...state.unexpected.map((message) => `unexpected error output (declare it with expectConsoleError):\n${message}`),
    ...state.expected.filter((entry) => entry.seen === 0).map((entry) => `expected an error matching ${entry.pattern}, none was logged`),
  ];
  state.expected = [];
  state.unexpected = [];
  return problems;
}
