export interface Stats {
  samples: number;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
  minMs: number;
  maxMs: number;
}

export interface RequestTiming extends Stats {
  /** Time to the first byte of the response (the page shell streams before the data). */
  firstByteMedianMs: number;
  /** Time until the table's rows had arrived (the facets may still be streaming); null when never seen. */
  rowsMedianMs: number | null;
  /** Timed responses that showed no rows (a search that matched nothing, or one refused as too broad). */
  withoutRows: number;
  bytes: number;
  /** How many different URLs the timed requests rotated through. */
  distinctRequests: number;
  /** CPU per timed request of the Next.js server and of PostgreSQL (null where unmeasurable). */
  cpuMsPerRequest: { next: number | null; database: number | null };
}

/** Cumulative CPU milliseconds of the app server and of the database server so far. */
export type CpuProbe = () => { next: number; database: number | null };

/** Nearest-rank percentile of sorted values: with 20 samples p95 is the 19th, never an average. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const round = (ms: number) => Math.round(ms * 10) / 10;

export function summarise(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    medianMs: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    minMs: round(sorted[0] ?? 0),
    maxMs: round(sorted[sorted.length - 1] ?? 0),
  };
}

export interface BodyCheck {
  /** Why the whole body is not what the scenario expects, or null. */
  check: (body: string) => string | null;
  /** Seen in the body as soon as the rows (the part the analyst waits for) have arrived. */
  rowsMarker?: RegExp;
}

// A page streams its shell first and its rows later, so the whole body is what the analyst waits for.
async function timeOne(url: string, cookie: string, body: BodyCheck) {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const reader = response.body?.getReader();
  let firstByte = performance.now() - started;
  let rowsAt: number | null = null;
  let bytes = 0;
  let text = "";
  const decoder = new TextDecoder();
  if (reader) {
    for (let chunk = await reader.read(), first = true; !chunk.done; chunk = await reader.read(), first = false) {
      if (first) firstByte = performance.now() - started;
      bytes += chunk.value.byteLength;
      text += decoder.decode(chunk.value, { stream: true });
      if (rowsAt === null && body.rowsMarker?.test(text)) rowsAt = performance.now() - started;
    }
  }
  const total = performance.now() - started;
  if (response.status !== 200) throw new Error(`${url} answered ${response.status} (${response.headers.get("location") ?? "no redirect"})`);
  const problem = body.check(text);
  if (problem) throw new Error(`${url}: ${problem}`);
  return { total, firstByte, rowsAt, bytes };
}

/**
 * Warm-up requests, then up to `requests` timed ones, one at a time, rotating through `urls` (so
 * no single cached plan or page flatters a scenario), stopping early once `budgetMs` is spent so
 * that a pathological scenario cannot hold the machine for long.
 */
export async function timeRequests(
  urls: string[],
  options: {
    cookie: string;
    warmup: number;
    requests: number;
    budgetMs: number;
    body: BodyCheck;
    cpu?: CpuProbe;
  },
): Promise<RequestTiming> {
  const deadline = performance.now() + options.budgetMs;
  // Warm-up goes through the list backwards, so the timed pass starts on URLs not just fetched.
  for (let i = 0; i < options.warmup && performance.now() < deadline; i += 1) {
    await timeOne(urls[(urls.length - 1 - (i % urls.length)) % urls.length]!, options.cookie, options.body);
  }
  const totals: number[] = [];
  const firstBytes: number[] = [];
  const rows: number[] = [];
  let withoutRows = 0;
  let bytes = 0;
  const cpuBefore = options.cpu?.();
  // Every URL at least once: a scenario of 30 queries takes 30 samples even when --requests is lower.
  const wanted = Math.max(options.requests, urls.length);
  while (totals.length < wanted && (totals.length < 3 || performance.now() < deadline)) {
    const result = await timeOne(urls[totals.length % urls.length]!, options.cookie, options.body);
    totals.push(result.total);
    firstBytes.push(result.firstByte);
    if (result.rowsAt !== null) rows.push(result.rowsAt);
    else if (options.body.rowsMarker) withoutRows += 1;
    bytes = result.bytes;
  }
  const cpuAfter = options.cpu?.();
  const perRequest = (before: number | null | undefined, after: number | null | undefined) =>
    before == null || after == null ? null : round((after - before) / totals.length);
  return {
    ...summarise(totals),
    firstByteMedianMs: summarise(firstBytes).medianMs,
    rowsMedianMs: rows.length > 0 ? summarise(rows).medianMs : null,
    withoutRows,
    bytes,
    distinctRequests: Math.min(urls.length, totals.length),
    cpuMsPerRequest: { next: perRequest(cpuBefore?.next, cpuAfter?.next), database: perRequest(cpuBefore?.database, cpuAfter?.database) },
  };
}
