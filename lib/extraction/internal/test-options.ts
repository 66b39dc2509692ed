import type { ExtractionOptions } from "@/lib/extraction/types";

/**
 * Options for tests about the rules: a loaded machine (seven agents on two cores) must not cut a
 * run short at the 2 s time limit, which has tests of its own.
 */
export function rulesOnly(publishedOn: string): ExtractionOptions {
  return { publishedOn, timeLimitMs: 60_000 };
}
