import "server-only";
import { requireRole, type SessionUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { guessColumns, type ImportField } from "@/lib/import/fields";
import { MAX_UPLOAD_BYTES } from "@/lib/import/limits";
import { importMappingSchema, type ImportMapping } from "@/lib/import/mapping";
import { kickImportJob } from "@/lib/import/runner";
import { unsafeStageImport } from "@/lib/import/stage";
import type { ImportJobView } from "@/lib/import/dto";
import { z } from "zod";

const jobIdSchema = z.uuid();

/** The job if the caller may see it: its author, or an admin. Others get "not found", as if it did not exist. */
export async function requireImportJob(id: unknown, user: SessionUser) {
  const parsed = jobIdSchema.safeParse(id);
  const job = parsed.success ? await db.importJob.findUnique({ where: { id: parsed.data } }) : null;
  if (!job || (job.createdById !== user.id && !hasRole(user.role, "admin"))) throw new AppError("not_found", "This import does not exist.");
  return job;
}

/** Stages an uploaded file as a new import, for its columns to be confirmed. Rule: analysts and admins. */
export async function createImportJob(file: { name: string; size: number; bytes: () => Promise<ArrayBuffer> }): Promise<string> {
  const user = await requireRole("analyst");
  if (file.size === 0) throw new AppError("validation", "Choose a file to import.", { fieldErrors: { file: ["Choose a file to import."] } });
  if (file.size > MAX_UPLOAD_BYTES) {
    const message = `A file can be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB here: split it, or ask an operator to import it with npm run import.`;
    throw new AppError("validation", message, { fieldErrors: { file: [message] } });
  }
  const bytes = Buffer.from(await file.bytes());
  try {
    return await unsafeStageImport(db, { name: file.name, bytes }, user.id);
  } catch (error) {
    if (error instanceof AppError && error.code === "validation") throw new AppError("validation", error.message, { fieldErrors: { file: [error.message] } });
    throw error;
  }
}

function toView(job: Awaited<ReturnType<typeof requireImportJob>>, sample: string[][]): ImportJobView {
  const headers = job.headers as string[];
  const mapping = importMappingSchema.safeParse(job.mapping);
  return {
    id: job.id,
    fileName: job.fileName,
    format: job.format,
    status: job.status,
    headers,
    columns: mapping.success ? mapping.data.columns : guessColumns(headers),
    guessed: !mapping.success,
    meetingStatus: mapping.success ? mapping.data.status : "DRAFT",
    sample,
    total: job.total,
    checked: job.checked,
    done: job.done,
    created: job.created,
    existing: job.existing,
    refused: job.refused,
    message: job.message,
    createdAt: job.createdAt.toISOString(),
  };
}

/** An import with its column guesses (or the confirmed mapping) and its first rows. Rule: its author and admins. */
export async function getImportJob(id: unknown): Promise<ImportJobView> {
  const user = await requireRole("analyst");
  const job = await requireImportJob(id, user);
  const sample = await db.importRow.findMany({ where: { jobId: job.id }, orderBy: { rowNumber: "asc" }, take: 3, select: { cells: true } });
  return toView(job, sample.map((row) => row.cells as string[]));
}

/** The caller's latest imports (an admin's: everyone's). Rule: analysts and admins. */
export async function listImportJobs(): Promise<ImportJobView[]> {
  const user = await requireRole("analyst");
  const jobs = await db.importJob.findMany({
    where: hasRole(user.role, "admin") ? {} : { createdById: user.id },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
  return jobs.map((job) => toView(job, []));
}

/**
 * Confirms the columns and starts the dry run (again, if the analyst changes them after one).
 * Rule: the import's author and admins, before its real run.
 */
export async function confirmImportMapping(id: unknown, input: unknown): Promise<void> {
  const user = await requireRole("analyst");
  const job = await requireImportJob(id, user);
  if (job.status !== "MAPPING" && job.status !== "CHECKED") throw new AppError("conflict", "This import has already started: its columns can no longer change.");
  const parsed = importMappingSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
    throw new AppError("validation", "Check the columns below.", { fieldErrors });
  }
  const mapping: ImportMapping = parsed.data;
  const headers = job.headers as string[];
  for (const [field, column] of Object.entries(mapping.columns) as [ImportField, number][]) {
    if (column >= headers.length) throw new AppError("validation", "Check the columns below.", { fieldErrors: { [`columns.${field}`]: ["This file has no such column."] } });
  }
  await db.$transaction(async (tx) => {
    const moved = await tx.importJob.updateMany({
      where: { id: job.id, status: { in: ["MAPPING", "CHECKED"] } },
      data: { mapping, status: "CHECKING", checked: 0, leaseUntil: new Date(Date.now() + 60_000) },
    });
    if (moved.count === 0) throw new AppError("conflict", "This import has already started: its columns can no longer change.");
    await tx.importRow.updateMany({ where: { jobId: job.id }, data: { plan: null, planDetail: Prisma.DbNull, key: null } });
  });
  void kickImportJob(job.id);
}

/** Starts the real run after a dry run. Rule: the import's author and admins. */
export async function startImportRun(id: unknown): Promise<void> {
  const user = await requireRole("analyst");
  const job = await requireImportJob(id, user);
  const moved = await db.importJob.updateMany({ where: { id: job.id, status: "CHECKED" }, data: { status: "RUNNING", leaseUntil: new Date(Date.now() + 60_000) } });
  if (moved.count === 0) throw new AppError("conflict", job.status === "RUNNING" || job.status === "DONE" ? "This import is already running or done." : "Run the dry run first.");
  void kickImportJob(job.id);
}
