import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { guessColumns, IMPORT_FIELDS, type ImportField } from "@/lib/import/fields";
import { importMappingSchema, type ImportMapping } from "@/lib/import/mapping";
import { runImportJob, type ImportRunOptions } from "@/lib/import/runner";
import { unsafeStageImport } from "@/lib/import/stage";

export interface OperatorImport {
  file: { name: string; bytes: Buffer };
  /** Columns by header name, over the guesses: { leader: "Name of leader" }. */
  columns?: Partial<Record<ImportField, string>>;
  status?: ImportMapping["status"];
  dryRun?: boolean;
  /** Whose name the revisions carry; null: none (an operator's import). */
  actorId: string | null;
  onProgress?: (phase: "checking" | "running", done: number, total: number) => void;
  run?: ImportRunOptions;
}

export interface OperatorSummary {
  jobId: string;
  mapping: Record<string, string>;
  plans: { create: number; exists: number; refuse: number };
  outcome: { status: string; created: number; existing: number; refused: number } | null;
}

/**
 * An import from the command line (`npm run import`): staged, mapped by the guesses (and the
 * operator's `columns`), checked, then run unless `dryRun`: the same job, rows and write path as
 * the page's. "Operator": it checks no caller; whoever can run it can reach the database anyway.
 */
export async function importAsOperator(options: OperatorImport): Promise<OperatorSummary> {
  const jobId = await unsafeStageImport(db, options.file, options.actorId);
  const job = await db.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { headers: true, total: true } });
  const headers = job.headers as string[];
  const columns: Partial<Record<ImportField, number>> = guessColumns(headers);
  for (const [field, header] of Object.entries(options.columns ?? {}) as [ImportField, string][]) {
    if (!IMPORT_FIELDS.includes(field)) throw new AppError("validation", `There is no field “${field}”: use one of ${IMPORT_FIELDS.join(", ")}.`);
    const index = headers.indexOf(header);
    if (index < 0) throw new AppError("validation", `The file has no column “${header}”.`);
    for (const other of IMPORT_FIELDS) if (columns[other] === index) delete columns[other];
    columns[field] = index;
  }
  const parsed = importMappingSchema.safeParse({ columns, status: options.status ?? "DRAFT" });
  if (!parsed.success) throw new AppError("validation", parsed.error.issues.map((issue) => issue.message).join(" "));
  const mapping = Object.fromEntries(Object.entries(parsed.data.columns).map(([field, index]) => [field, headers[index]!]));

  await db.importJob.update({ where: { id: jobId }, data: { mapping: parsed.data, status: "CHECKING" } });
  await withProgress(jobId, "checking", job.total, options.onProgress, () => runImportJob(jobId, options.run));
  const groups = await db.importRow.groupBy({ by: ["plan"], where: { jobId }, _count: true });
  const of = (plan: string) => groups.find((g) => g.plan === plan)?._count ?? 0;
  const plans = { create: of("CREATE"), exists: of("EXISTS"), refuse: of("REFUSE") };
  if (options.dryRun) return { jobId, mapping, plans, outcome: null };

  await db.importJob.update({ where: { id: jobId }, data: { status: "RUNNING" } });
  await withProgress(jobId, "running", job.total, options.onProgress, () => runImportJob(jobId, options.run));
  const done = await db.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { status: true, created: true, existing: true, refused: true } });
  return { jobId, mapping, plans, outcome: done };
}

async function withProgress(jobId: string, phase: "checking" | "running", total: number, report: OperatorImport["onProgress"], work: () => Promise<void>): Promise<void> {
  const timer = report
    ? setInterval(() => {
        void db.importJob.findUnique({ where: { id: jobId }, select: { checked: true, done: true } }).then((job) => job && report(phase, phase === "checking" ? job.checked : job.done, total));
      }, 2_000)
    : undefined;
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
}
