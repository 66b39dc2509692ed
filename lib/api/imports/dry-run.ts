import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { importRowsPage, type ImportRowsPage } from "@/lib/api/imports/rows";
import type { ImportJobView } from "@/lib/import/dto";
import { confirmImportMapping, getImportJob } from "@/lib/import/jobs";
import { kickImportJob } from "@/lib/import/runner";
import { countImportPlans } from "@/lib/import/rows";

/**
 * A file this long is checked while the request waits (four of the dry run's batches, seconds);
 * a longer one is checked in the background and read through GET /imports/{id} and /rows.
 */
export const DRY_RUN_WAIT_ROWS = 2_000;

/** The body: columns by field (a column's index, or its header), and how the meetings are recorded. Both optional. */
export const dryRunBodySchema = z
  .object({
    columns: z.record(z.string(), z.union([z.int().min(0), z.string().min(1)])).optional(),
    status: z.enum(["DRAFT", "PUBLISHED"]).optional(),
  })
  .strict();

export type DryRunAnswer = { status: 200; body: { import: ImportJobView; plans: Awaited<ReturnType<typeof countImportPlans>> } & ImportRowsPage } | { status: 202; body: { import: ImportJobView } };

function fieldErrors(error: z.ZodError): AppError {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.join(".") || "_body"] ??= []).push(issue.message);
  return new AppError("validation", "Check the columns.", { fieldErrors: errors });
}

/**
 * Confirms the columns (the body's over the guesses, or the guesses alone) and runs the dry run:
 * a short file's answer is its row-by-row outcome, a long one's 202 while it is checked.
 */
export async function dryRunImport(id: string, body: unknown): Promise<DryRunAnswer> {
  const parsed = dryRunBodySchema.safeParse(body ?? {});
  if (!parsed.success) throw fieldErrors(parsed.error);
  const job = await getImportJob(id);
  const columns: Record<string, unknown> = { ...job.columns };
  for (const [field, column] of Object.entries(parsed.data.columns ?? {})) {
    // A header names the column as the command line's --map does; the mapping's own schema checks the rest.
    const index = typeof column === "number" ? column : job.headers.indexOf(column);
    if (index < 0) throw new AppError("validation", "Check the columns.", { fieldErrors: { [`columns.${field}`]: [`The file has no column “${String(column)}”.`] } });
    for (const [other, taken] of Object.entries(columns)) if (taken === index) delete columns[other];
    columns[field] = index;
  }
  await confirmImportMapping(id, { columns, status: parsed.data.status ?? job.meetingStatus });
  if (job.total > DRY_RUN_WAIT_ROWS) return { status: 202, body: { import: await getImportJob(id) } };
  // The dry run confirmImportMapping started in this process: the same run, awaited.
  await kickImportJob(id);
  const [checked, plans, page] = await Promise.all([getImportJob(id), countImportPlans(id), importRowsPage(id, new URLSearchParams())]);
  return { status: 200, body: { import: checked, plans, ...page } };
}
