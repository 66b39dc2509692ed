import "server-only";
import type { ImportJobView } from "@/lib/import/dto";
import { getImportJob, startImportRun } from "@/lib/import/jobs";
import { countImportPlans } from "@/lib/import/rows";

export type ImportStatus = ImportJobView & { plans: Awaited<ReturnType<typeof countImportPlans>> };

/** An import's status, progress and counts, with what its dry run planned. Its author and admins (lib/import/jobs.ts). */
export async function importStatus(id: string): Promise<ImportStatus> {
  const job = await getImportJob(id);
  return { ...job, plans: await countImportPlans(id) };
}

/** Starts the real run after a dry run (in the background of this instance) and answers with the import as it starts. */
export async function runImport(id: string): Promise<ImportStatus> {
  await startImportRun(id);
  return importStatus(id);
}
