import { treeRssMb } from "@/lib/bench/cpu";
import { round } from "@/lib/bench/timing";

export interface ExportTiming {
  format: "csv" | "json";
  /** The exported view's query string (empty: every meeting). */
  view: string;
  rows: number;
  megabytes: number;
  seconds: number;
  rowsPerSecond: number;
  /** The server's resident memory (process tree, /proc VmRSS sampled every 20 ms) before and at its peak. */
  rssBeforeMb: number | null;
  rssPeakMb: number | null;
}

/**
 * Downloads a whole export (`/meetings/export?format=…&<view>`) as the browser would,
 * counting rows as they stream and sampling the server's memory meanwhile: flat memory means the
 * peak stays near the resting size however many rows go out.
 */
export async function timeExport(baseUrl: string, cookie: string, serverPid: number, format: "csv" | "json", view: string): Promise<ExportTiming> {
  const rssBefore = treeRssMb(serverPid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    const now = treeRssMb(serverPid);
    if (now !== null && (rssPeak === null || now > rssPeak)) rssPeak = now;
  }, 20);
  try {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/meetings/export?format=${format}${view ? `&${view}` : ""}`, { headers: { cookie } });
    if (response.status !== 200 || !response.body) throw new Error(`export ${format} answered ${response.status}`);
    let bytes = 0;
    let newlines = 0;
    for await (const chunk of response.body) {
      bytes += chunk.byteLength;
      for (const byte of chunk) if (byte === 10) newlines += 1;
    }
    const seconds = (performance.now() - started) / 1000;
    // JSON: "[", one line per meeting, "]" (JSON.stringify escapes newlines inside values). CSV: one
    // line per row after the header, overcounted only by line breaks inside quoted fields; the JSON
    // figure is the exact one.
    const rows = format === "csv" ? newlines - 1 : newlines - 2;
    return {
      format,
      view,
      rows,
      megabytes: round(bytes / 2 ** 20),
      seconds: round(seconds),
      rowsPerSecond: Math.round(rows / seconds),
      rssBeforeMb: rssBefore,
      rssPeakMb: rssPeak,
    };
  } finally {
    clearInterval(sampler);
  }
}
