export interface Stats {
  samples: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
}

export interface RequestTiming extends Stats {
  /** Time to the first byte of the response (the page shell streams before the data). */
  firstByteMedianMs: number;
  bytes: number;
  /** CPU per timed request of the Next.js server and of PostgreSQL (null where unmeasurable). */
  cpuMsPerRequest: { next: number | null; database: number | null };
}

/** Cumulative CPU milliseconds of the app server and of the database server so far. */
export type CpuProbe = () => { next: number; database: number | null };

/** Nearest-rank percentile of sorted values: with 20 samples p95 is the 19th, never an average. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export function summarise(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    medianMs: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    minMs: round(sorted[0] ?? 0),
    maxMs: round(sorted[sorted.length - 1] ?? 0),
  };
}

// A page streams its shell first and its rows later, so the whole body is what the analyst waits for.
async function timeOne(url: string, cookie: string, check: (body: string) => string | null) {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const reader = response.body?.getReader();
  let firstByte = performance.now() - started;
  let bytes = 0;
  const chunks: Uint8Array[] = [];
  if (reader) {
    for (let chunk = await reader.read(), first = true; !chunk.done; chunk = await reader.read(), first = false) {
      if (first) firstByte = performance.now() - started;
      bytes += chunk.value.byteLength;
      chunks.push(chunk.value);
    }
  }
  const total = performance.now() - started;
  if (response.status !== 200) throw new Error(`${url} answered ${response.status} (${response.headers.get("location") ?? "no redirect"})`);
  const problem = check(Buffer.concat(chunks).toString("utf8"));
  if (problem) throw new Error(`${url}: ${problem}`);
  return { total, firstByte, bytes };
}

/**
 * Warm-up requests, then up to `requests` timed ones, one at a time, stopping early once
 * `budgetMs` is spent so that a pathological scenario cannot hold the machine for long.
 */
export async function timeRequests(
  url: string,
  options: {
    cookie: string;
    warmup: number;
    requests: number;
    budgetMs: number;
    check: (body: string) => string | null;
    cpu?: CpuProbe;
  },
): Promise<RequestTiming> {
  const deadline = performance.now() + options.budgetMs;
  for (let i = 0; i < options.warmup && performance.now() < deadline; i += 1) await timeOne(url, options.cookie, options.check);
  const totals: number[] = [];
  const firstBytes: number[] = [];
  let bytes = 0;
  const cpuBefore = options.cpu?.();
  while (totals.length < options.requests && (totals.length < 3 || performance.now() < deadline)) {
    const result = await timeOne(url, options.cookie, options.check);
    totals.push(result.total);
    firstBytes.push(result.firstByte);
    bytes = result.bytes;
  }
  const cpuAfter = options.cpu?.();
  const perRequest = (before: number | null | undefined, after: number | null | undefined) =>
    before == null || after == null ? null : round((after - before) / totals.length);
  return {
    ...summarise(totals),
    firstByteMedianMs: summarise(firstBytes).medianMs,
    bytes,
    cpuMsPerRequest: { next: perRequest(cpuBefore?.next, cpuAfter?.next), database: perRequest(cpuBefore?.database, cpuAfter?.database) },
  };
}
