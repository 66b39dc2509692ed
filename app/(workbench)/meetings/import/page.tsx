import type { Metadata } from "next";
import { ImportStart } from "@/components/import/import-start";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { listImportJobs } from "@/lib/import/jobs";
import { MAX_IMPORT_ROWS, MAX_UPLOAD_BYTES } from "@/lib/import/limits";
import { uploadImportFileAction } from "./actions";

export const metadata: Metadata = { title: "Import meetings" };

export default async function ImportPage() {
  await requirePageUser("analyst");
  const jobs = await listImportJobs().catch(handlePageError);
  return <ImportStart jobs={jobs} upload={uploadImportFileAction} limits={{ megabytes: MAX_UPLOAD_BYTES / 1024 / 1024, rows: MAX_IMPORT_ROWS }} />;
}
