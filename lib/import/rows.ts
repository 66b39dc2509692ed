import "server-only";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { ImportRowView } from "@/lib/import/dto";
import { requireImportJob } from "@/lib/import/jobs";
import type { PlanDetail } from "@/lib/import/plan-detail";
import { unsafeRefusedRowsCsv } from "@/lib/import/report";
import { z } from "zod";

export const IMPORT_ROWS_PAGE = 100;
export const ROW_FILTERS = ["all", "create", "exists", "refuse"] as const;
export type RowFilter = (typeof ROW_FILTERS)[number];

const rowQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000).catch(1),
  show: z.enum(ROW_FILTERS).catch("all"),
});

/**
 * A page of an import's rows in the file's order: what the dry run said of each, and once run,
 * what became of it. `show` keeps one kind (after the run, by outcome). Rule: its author and admins.
 */
export async function listImportRows(id: unknown, query: unknown): Promise<{ rows: ImportRowView[]; page: number; pages: number; show: RowFilter }> {
  const user = await requireRole("analyst");
  const job = await requireImportJob(id, user);
  const { page, show } = rowQuerySchema.parse(query ?? {});
  const ran = job.status === "RUNNING" || job.status === "DONE" || job.done > 0;
  const kind = { create: ran ? "CREATED" : "CREATE", exists: "EXISTS", refuse: ran ? "REFUSED" : "REFUSE" } as const;
  const where = { jobId: job.id, ...(show === "all" ? {} : ran ? { outcome: kind[show] } : { plan: kind[show] }) };
  const [rows, count] = await Promise.all([
    db.importRow.findMany({ where, orderBy: { rowNumber: "asc" }, skip: (page - 1) * IMPORT_ROWS_PAGE, take: IMPORT_ROWS_PAGE, select: { rowNumber: true, plan: true, planDetail: true, outcome: true, reason: true, meetingId: true } }),
    db.importRow.count({ where }),
  ]);
  return {
    rows: rows.map((row) => ({ ...row, plan: row.plan as ImportRowView["plan"], outcome: row.outcome as ImportRowView["outcome"], detail: row.planDetail as PlanDetail | null })),
    page,
    pages: Math.max(1, Math.ceil(count / IMPORT_ROWS_PAGE)),
    show,
  };
}

/** How many rows the dry run would create, link to an existing meeting, or refuse. Rule: its author and admins. */
export async function countImportPlans(id: unknown): Promise<{ create: number; exists: number; refuse: number }> {
  const user = await requireRole("analyst");
  const job = await requireImportJob(id, user);
  const groups = await db.importRow.groupBy({ by: ["plan"], where: { jobId: job.id, plan: { not: null } }, _count: true });
  const of = (plan: string) => groups.find((g) => g.plan === plan)?._count ?? 0;
  return { create: of("CREATE"), exists: of("EXISTS"), refuse: of("REFUSE") };
}

/**
 * The refused rows as CSV, chunk by chunk (report.ts): after the run its refusals; before it, the
 * dry run's. Rule: its author and admins.
 */
export async function* refusedRowsCsv(id: unknown): AsyncGenerator<string> {
  const user = await requireRole("analyst");
  const job = await requireImportJob(id, user);
  yield* unsafeRefusedRowsCsv(job);
}
