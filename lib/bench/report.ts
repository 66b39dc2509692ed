import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ExplainResult } from "@/lib/bench/explain";
import type { ExportTiming } from "@/lib/bench/export-timing";
import type { FacetTiming } from "@/lib/bench/facet-timing";
import type { NaiveResult } from "@/lib/bench/naive";
import type { PayloadSizes } from "@/lib/bench/payload";
import type { Scenario } from "@/lib/bench/scenarios";
import type { RequestTiming } from "@/lib/bench/timing";

export interface ScenarioResult extends Omit<Scenario, "paths"> {
  /** Null when the scenario failed; `error` then says why. */
  http: RequestTiming | null;
  error: string | null;
  /** SQL statements the server sent for the scenario's first URL, read once more after the timing (PARLEY_STATEMENT_LOG). */
  statementsPerPage: number | null;
  sql: Omit<ExplainResult, "scenario" | "plan">[];
  /** The issue's bound for this kind of request, and whether this run met it. */
  target: Scenario["target"];
  targetMs: { medianMs: number | null; p95Ms: number };
  meetsTarget: boolean;
}

export interface QueriesReport {
  about: string;
  measuredAt: string;
  command: string;
  machine: { cpus: number; memoryGb: number; node: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  database: { postgres: string; sharedBuffers: string; size: string; meetings: number; syntheticMeetings: number; loadedThisRun: boolean; loadSeconds: number | null };
  method: { warmup: number; requests: number; budgetSecondsPerScenario: number; explainRuns: number };
  scenarios: ScenarioResult[];
  /** The facet panel's statements on their own (they stream into the page after the rows). */
  facets: FacetTiming & { targetP95Ms: number; meetsTarget: boolean };
  /** Page 1,000 (keyset, as the Next link opens it) ÷ page 1, medians; the issue asks ≤ 1.2. */
  deepPageRatio: { offset: number; keyset: number | null };
  export: ExportTiming[];
  payload: PayloadSizes & { rows: number };
  /** Next.js CPU per list request (median over the list and search scenarios) against the 15 ms target. */
  nextCpuMsPerListRequest: number | null;
  naiveBaseline: { about: string; results: NaiveResult[] };
}

export function machineInfo() {
  return {
    cpus: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))),
  };
}

function writeWhole(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  // Written whole, then renamed: an interrupted run never leaves half a report.
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/** The figures as JSON, and the full EXPLAIN plans beside them as text (too long for the JSON). */
export function writeReport(file: string, report: QueriesReport, plans: ExplainResult[]) {
  writeWhole(file, `${JSON.stringify(report, null, 2)}\n`);
  const planText = plans
    .map((plan) => `── ${plan.scenario} · ${plan.statement} (median ${plan.executionMedianMs} ms)\n${plan.plan}\n`)
    .join("\n");
  writeWhole(file.replace(/\.json$/, "-plans.txt"), `EXPLAIN (ANALYZE, BUFFERS) plans of ${report.measuredAt}\n\n${planText}`);
}

const pad = (value: string, width: number) => (value.length >= width ? value : value + " ".repeat(width - value.length));
const padStart = (value: string, width: number) => (value.length >= width ? value : " ".repeat(width - value.length) + value);

/** A plain table for the terminal: HTTP median/p95 of the whole response and the SQL beneath it. */
export function formatTable(report: QueriesReport): string {
  const header = ["Scenario", "Median ms", "p95 ms", "p99 ms", "Rows ms", "n", "KB", "CPU next", "CPU pg", "Target", "SQL ms (EXPLAIN ANALYZE)", "Data"];
  const ms = (value: number | null) => (value === null ? "–" : value.toFixed(0));
  const rows = report.scenarios.map((s) => {
    if (!s.http) return [s.label, ...Array<string>(9).fill("–"), `FAILED: ${s.error ?? "?"}`, s.note];
    return [
      s.label,
      s.http.medianMs.toFixed(0),
      s.http.p95Ms.toFixed(0),
      s.http.p99Ms.toFixed(0),
      ms(s.http.rowsMedianMs),
      String(s.http.samples),
      (s.http.bytes / 1024).toFixed(0),
      ms(s.http.cpuMsPerRequest.next),
      ms(s.http.cpuMsPerRequest.database),
      `${s.meetsTarget ? "ok" : "MISS"} ${s.targetMs.medianMs ?? "–"}/${s.targetMs.p95Ms}`,
      s.sql.map((q) => `${q.statement} ${q.executionMedianMs.toFixed(1)}`).join(", ") || "–",
      s.note,
    ];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const numeric = new Set([1, 2, 3, 4, 5, 6, 7, 8]);
  const line = (cells: string[]) => cells.map((cell, i) => (numeric.has(i) ? padStart(cell, widths[i]!) : pad(cell, widths[i]!))).join("  ");
  const { machine, database } = report;
  return [
    `${database.meetings.toLocaleString("en")} meetings · PostgreSQL ${database.postgres} (${database.size}) · ${machine.cpus} cores · ` +
      `load ${machine.loadAverageAtStart.join(" ")} at start · ${report.measuredAt}`,
    "",
    "Median and p95: whole response, wall clock. CPU: milliseconds of CPU per request in the Next.js server and in PostgreSQL.",
    line(header),
    line(widths.map((width) => "─".repeat(width))),
    ...rows.map(line),
    "",
    `Facets on their own: median ${report.facets.medianMs} ms, p95 ${report.facets.p95Ms} ms, p99 ${report.facets.p99Ms} ms (target p95 ${report.facets.targetP95Ms})`,
    `Page 1,000 ÷ page 1: ${report.deepPageRatio.keyset ?? "–"} by the Next link's cursor, ${report.deepPageRatio.offset} by OFFSET (target 1.2)`,
    ...report.export.map(
      (e) => `Export ${e.format} (${e.view || "every meeting"}): ${e.rows.toLocaleString("en")} rows in ${e.seconds} s = ${e.rowsPerSecond.toLocaleString("en")} rows/s; server RSS ${e.rssBeforeMb} → peak ${e.rssPeakMb} MB`,
    ),
    `Payload of ${report.payload.path} (${report.payload.rows} rows): HTML ${(report.payload.htmlGzipBytes / 1024).toFixed(1)} KB gz, ` +
      `RSC ${(report.payload.rscGzipBytes / 1024).toFixed(1)} KB gz; first-load JS ${(report.payload.firstLoadJsGzipBytes / 1024).toFixed(1)} KB gz in ${report.payload.scripts} scripts`,
    `Next.js CPU per list request (median of scenarios): ${report.nextCpuMsPerListRequest ?? "–"} ms (target 15)`,
    "Naive baseline (raw SQL: ILIKE, OFFSET, exact count) ÷ ours (whole HTTP):",
    ...report.naiveBaseline.results.map((n) => `  ${n.scenario}: ${n.medianMs} ms vs ${n.oursMedianMs} ms = ${n.ratio}×${n.timedOut ? ` (${n.timedOut} timed out)` : ""}`),
  ].join("\n");
}
