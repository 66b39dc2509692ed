import "server-only";
import { stringify } from "csv-stringify/sync";
import { db } from "@/lib/db";
import type { PlanDetail } from "@/lib/import/plan-detail";

const REPORT_CHUNK = 2_000;
// As the meetings' export: a cell starting with = + - @ is shown as text, never run (CSV injection).
const CSV_OPTIONS = { escape_formulas: true, record_delimiter: "\r\n" } as const;

interface ReportedJob {
  id: string;
  status: string;
  done: number;
  headers: unknown;
}

/**
 * The refused rows as CSV, chunk by chunk: the row number, the reason, then the row's own cells
 * under the file's headers, so the analyst can fix them and import that file again. After the run
 * its refusals; before it, the dry run's. "unsafe": the caller has checked who asks.
 */
export async function* unsafeRefusedRowsCsv(job: ReportedJob): AsyncGenerator<string> {
  const ran = job.status === "RUNNING" || job.status === "DONE" || job.done > 0;
  yield stringify([["Row", "Reason", ...(job.headers as string[])]], CSV_OPTIONS);
  let after = 0;
  for (;;) {
    const rows = await db.importRow.findMany({
      where: { jobId: job.id, rowNumber: { gt: after }, ...(ran ? { outcome: "REFUSED" } : { plan: "REFUSE" }) },
      orderBy: { rowNumber: "asc" },
      take: REPORT_CHUNK,
      select: { rowNumber: true, cells: true, reason: true, planDetail: true },
    });
    if (rows.length === 0) return;
    yield stringify(rows.map((row) => [row.rowNumber, (ran ? row.reason : (row.planDetail as PlanDetail | null)?.reason) ?? "", ...(row.cells as string[])]), CSV_OPTIONS);
    after = rows.at(-1)!.rowNumber;
  }
}

/** The refused rows of an import run from the command line. */
export async function* refusedRowsCsvAsOperator(jobId: string): AsyncGenerator<string> {
  const job = await db.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { id: true, status: true, done: true, headers: true } });
  yield* unsafeRefusedRowsCsv(job);
}
