import "server-only";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { requireImportJob } from "@/lib/import/jobs";
import type { PlanDetail } from "@/lib/import/plan-detail";

/** A refused row as a program reads it: its number, why, and its own cells by the file's headers. */
export interface RefusedRow {
  rowNumber: number;
  reason: string;
  cells: Record<string, string>;
}

/**
 * The refused rows after `afterRow`, in the file's order, at most `limit`: after the run its
 * refusals, before it the dry run's (as the CSV report, report.ts). Rule: its author and admins.
 */
export async function listRefusedRows(id: unknown, page: { afterRow: number; limit: number }): Promise<{ rows: RefusedRow[]; more: boolean }> {
  const user = await requireRole("analyst");
  const job = await requireImportJob(id, user);
  const ran = job.status === "RUNNING" || job.status === "DONE" || job.done > 0;
  const headers = job.headers as string[];
  const rows = await db.importRow.findMany({
    where: { jobId: job.id, rowNumber: { gt: page.afterRow }, ...(ran ? { outcome: "REFUSED" } : { plan: "REFUSE" }) },
    orderBy: { rowNumber: "asc" },
    take: page.limit + 1,
    select: { rowNumber: true, cells: true, reason: true, planDetail: true },
  });
  return {
    rows: rows.slice(0, page.limit).map((row) => ({
      rowNumber: row.rowNumber,
      reason: (ran ? row.reason : (row.planDetail as PlanDetail | null)?.reason) ?? "",
      cells: Object.fromEntries(headers.map((header, i) => [header, (row.cells as string[])[i] ?? ""])),
    })),
    more: rows.length > page.limit,
  };
}
