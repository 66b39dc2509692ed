import { summarise, type Stats } from "@/lib/bench/timing";

// Signed-in analysts as a load: each sends a request, waits for the whole answer, reads it for a
// while (the think time) and sends the next, for as long as the run lasts. With no think time this
// is a stress test (every analyst a script that never pauses); with it, a working team.

export interface AnalystRequest {
  kind: string;
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: Uint8Array<ArrayBuffer>;
}

export interface LoadOptions {
  baseUrl: string;
  /** One session cookie per analyst. */
  cookies: string[];
  durationSeconds: number;
  /** Each pause between an answer and the analyst's next request, drawn evenly from [min, max]. */
  thinkMs: [number, number];
  /** An answer slower than this counts as an error (a timeout). */
  timeoutMs: number;
  nextRequest: () => AnalystRequest;
}

export interface KindStats extends Stats {
  errors: number;
}

export interface LoadResult {
  requests: number;
  throughputPerSecond: number;
  latency: Stats;
  byKind: Record<string, KindStats>;
  statusCodes: Record<string, number>;
  /** Answers of 400 or more, failed connections and timeouts. */
  errors: number;
  timeouts: number;
  /** The first few errors, as "kind path: what happened". */
  firstErrors: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const between = ([min, max]: [number, number]) => min + Math.random() * (max - min);

interface Sample {
  kind: string;
  ms: number;
  status: string;
  failed: boolean;
}

export async function runAnalysts(options: LoadOptions): Promise<LoadResult> {
  const deadline = performance.now() + options.durationSeconds * 1000;
  const samples: Sample[] = [];
  const firstErrors: string[] = [];
  let timeouts = 0;

  async function analyst(cookie: string) {
    // Analysts arrive over the first think period instead of all in the same millisecond.
    await sleep(between([0, options.thinkMs[1]]));
    while (performance.now() < deadline) {
      const request = options.nextRequest();
      const started = performance.now();
      let status: string;
      let failed: boolean;
      let problem: string | undefined;
      try {
        const response = await fetch(`${options.baseUrl}${request.path}`, {
          method: request.method,
          headers: { ...request.headers, cookie },
          body: request.body,
          redirect: "manual",
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        await response.arrayBuffer();
        status = String(response.status);
        failed = response.status >= 400;
        if (failed) problem = `status ${status}`;
      } catch (error) {
        const timedOut = error instanceof Error && error.name === "TimeoutError";
        if (timedOut) timeouts++;
        status = timedOut ? "timeout" : "failed";
        failed = true;
        problem = timedOut ? `no answer within ${options.timeoutMs} ms` : String(error);
      }
      if (problem && firstErrors.length < 10) firstErrors.push(`${request.kind} ${request.path}: ${problem}`);
      samples.push({ kind: request.kind, ms: performance.now() - started, status, failed });
      await sleep(between(options.thinkMs));
    }
  }

  const started = performance.now();
  await Promise.all(options.cookies.map(analyst));
  const seconds = (performance.now() - started) / 1000;

  const kinds = [...new Set(samples.map((sample) => sample.kind))].sort();
  const statusCodes: Record<string, number> = {};
  for (const sample of samples) statusCodes[sample.status] = (statusCodes[sample.status] ?? 0) + 1;
  return {
    requests: samples.length,
    // Answers per second: a request given up on is load, not throughput.
    throughputPerSecond: Math.round((samples.filter((sample) => sample.status !== "timeout").length / seconds) * 10) / 10,
    latency: summarise(samples.map((sample) => sample.ms)),
    byKind: Object.fromEntries(
      kinds.map((kind) => {
        const ofKind = samples.filter((sample) => sample.kind === kind);
        return [kind, { ...summarise(ofKind.map((sample) => sample.ms)), errors: ofKind.filter((sample) => sample.failed).length }];
      }),
    ),
    statusCodes,
    errors: samples.filter((sample) => sample.failed).length,
    timeouts,
    firstErrors,
  };
}
